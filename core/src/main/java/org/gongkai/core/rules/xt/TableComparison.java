package org.gongkai.core.rules.xt;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/** Figures of one table keyed so another table's figures can be compared with them. */
final class TableComparison {

    private TableComparison() {
    }

    /** Column amounts of a code-keyed table by code, "合计" for the total row. */
    static Map<String, TableRow> byCode(StatementTable table) {
        Map<String, TableRow> rows = new LinkedHashMap<>();
        TableQueries.totalRow(table).ifPresent(total -> rows.put("合计", total));
        TableQueries.codeRows(table).forEach(r -> rows.put(TableQueries.code(r).orElseThrow(), r));
        return rows;
    }

    /** Rows of a code-keyed table's 类 level by their plain name. */
    static Map<String, TableRow> classesByName(StatementTable table) {
        Map<String, TableRow> rows = new LinkedHashMap<>();
        TableQueries.codeRows(table).stream().filter(r -> TableQueries.code(r).orElseThrow().length() == 3)
                .forEach(r -> rows.put(TableQueries.plain(r.cell(1).display()), r));
        return rows;
    }

    static BigDecimal totalOf(StatementTable table, String column) {
        return TableQueries.totalRow(table).map(r -> TableQueries.amount(table, r, column)).orElse(BigDecimal.ZERO);
    }

    static Optional<TableRow> labeled(StatementTable table, int column, String label) {
        return TableQueries.rowLabeled(table, column, label);
    }
}
