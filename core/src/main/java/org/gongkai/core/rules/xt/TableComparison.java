package org.gongkai.core.rules.xt;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.classification.ClassificationCatalog;
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

    /**
     * Rows of a code-keyed table's 类 level by their plain name, and by the other names their code had in other years
     * (a 收支总表 that still says “医疗卫生与计划生育支出” means the 210 row its 支出总表 calls “卫生健康支出”).
     */
    static Map<String, TableRow> classesByName(StatementTable table) {
        Map<String, TableRow> rows = new LinkedHashMap<>();
        List<TableRow> classes = TableQueries.codeRows(table).stream()
                .filter(r -> TableQueries.code(r).orElseThrow().length() == 3).toList();
        classes.forEach(r -> rows.put(TableQueries.plain(r.cell(1).display()), r));
        classes.forEach(r -> ClassificationCatalog.builtIn().functionHistory(TableQueries.code(r).orElseThrow())
                .forEach(entry -> rows.putIfAbsent(TableQueries.plain(entry.name()), r)));
        return rows;
    }

    static BigDecimal totalOf(StatementTable table, String column) {
        return TableQueries.totalRow(table).map(r -> TableQueries.amount(table, r, column)).orElse(BigDecimal.ZERO);
    }

    static Optional<TableRow> labeled(StatementTable table, int column, String label) {
        return TableQueries.rowLabeled(table, column, label);
    }
}
