package org.gongkai.core.rules.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * Reads a two-sided table (收支总表, 财政拨款收支总表): income rows on the left, expenditure rows on the right,
 * above the row labelled 本年收入合计; the named total rows below it.
 */
final class TwoSidedTable {

    static final int INCOME_LABEL = 0;
    static final int INCOME_AMOUNT = 1;
    static final int EXPENDITURE_LABEL = 2;
    static final int EXPENDITURE_AMOUNT = 3;

    private final StatementTable table;
    private final int firstTotal;

    private TwoSidedTable(StatementTable table, int firstTotal) {
        this.table = table;
        this.firstTotal = firstTotal;
    }

    static Optional<TwoSidedTable> of(StatementTable table) {
        for (int i = 0; i < table.rows().size(); i++) {
            if (TableQueries.plain(table.rows().get(i).cell(INCOME_LABEL).display()).equals("本年收入合计")) {
                return Optional.of(new TwoSidedTable(table, i));
            }
        }
        return Optional.empty();
    }

    StatementTable table() {
        return table;
    }

    List<TableRow> incomeRows() {
        return above(INCOME_LABEL);
    }

    List<TableRow> expenditureRows() {
        return above(EXPENDITURE_LABEL);
    }

    TableRow thisYearTotals() {
        return table.rows().get(firstTotal);
    }

    Optional<TableRow> incomeRow(String label) {
        return below(INCOME_LABEL, label);
    }

    Optional<TableRow> expenditureRow(String label) {
        return below(EXPENDITURE_LABEL, label);
    }

    private List<TableRow> above(int labelColumn) {
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row : table.rows().subList(0, firstTotal)) {
            if (!row.cell(labelColumn).display().isBlank()) {
                rows.add(row);
            }
        }
        return rows;
    }

    private Optional<TableRow> below(int labelColumn, String label) {
        return table.rows().subList(firstTotal, table.rows().size()).stream()
                .filter(r -> TableQueries.plain(r.cell(labelColumn).display()).equals(label)).findFirst();
    }
}
