package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.List;

/** A body row: its 序号, style and one cell per column. */
public record TableRow(int seq, RowStyle style, List<Cell> cells) {

    public TableRow {
        cells = List.copyOf(cells);
    }

    public Cell cell(int column) {
        return cells.get(column);
    }

    /** The amount of a column, zero for a blank. */
    public BigDecimal amount(int column) {
        BigDecimal amount = cells.get(column).amount();
        return amount == null ? BigDecimal.ZERO.setScale(2) : amount;
    }
}
