package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * One side of a two-sided 决算 table (收入支出决算总表, 财政拨款收入支出决算总表): its label column and the rows above
 * its 本年…合计 row (the income sources, or the function classes) and the named rows below it. Each side is read on its
 * own: regions print the totals of the two sides on the same line or not.
 */
final class TwoSides {

    private final StatementTable table;
    private final int labelColumn;
    private final int totalRow;

    private TwoSides(StatementTable table, int labelColumn, int totalRow) {
        this.table = table;
        this.labelColumn = labelColumn;
        this.totalRow = totalRow;
    }

    /** The side whose label column holds this 本年…合计 label; empty when the table has none. */
    static Optional<TwoSides> of(StatementTable table, int labelColumn, String totalLabel) {
        for (int i = 0; i < table.rows().size(); i++) {
            if (labelColumn < table.rows().get(i).cells().size()
                    && TableQueries.plain(table.rows().get(i).cell(labelColumn).display()).equals(totalLabel)) {
                return Optional.of(new TwoSides(table, labelColumn, i));
            }
        }
        return Optional.empty();
    }

    StatementTable table() {
        return table;
    }

    TableRow total() {
        return table.rows().get(totalRow);
    }

    /** The labelled rows above the 本年…合计 row, without the 「其中：」 rows that detail one of them. */
    List<TableRow> items() {
        List<TableRow> rows = new ArrayList<>();
        for (TableRow row : table.rows().subList(0, totalRow)) {
            String label = java.text.Normalizer.normalize(row.cell(labelColumn).display(), java.text.Normalizer.Form.NFKC).strip();
            if (!label.isBlank() && !label.startsWith("其中")) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The first row below the 本年…合计 row whose label holds these words (regions add 「（含专用结余）」 and the like). */
    Optional<TableRow> below(String label) {
        return table.rows().subList(totalRow + 1, table.rows().size()).stream()
                .filter(r -> TableQueries.plain(r.cell(labelColumn).display()).contains(label)).findFirst();
    }

    BigDecimal amountBelow(String label, int column) {
        return below(label).map(r -> r.amount(column)).orElse(BigDecimal.ZERO);
    }
}
