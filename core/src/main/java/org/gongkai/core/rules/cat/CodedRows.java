package org.gongkai.core.rules.cat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.classification.CatalogEntry;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/** The coded rows of a disclosure's tables, each with whether its code is functional or economic. */
record CodedRows(StatementTable table, TableRow row, String code, boolean economic) {

    static List<CodedRows> of(Disclosure disclosure) {
        List<CodedRows> rows = new ArrayList<>();
        for (StandardTable kind : TableQueries.CODE_KEYED) {
            disclosure.table(kind).ifPresent(table -> TableQueries.codeRows(table).forEach(row -> rows.add(
                    new CodedRows(table, row, TableQueries.code(row).orElseThrow(), kind == StandardTable.GENERAL_PUBLIC_BASIC))));
        }
        return rows;
    }

    boolean wellFormed() {
        return economic ? code.matches("\\d{3}|\\d{5}") : code.matches("\\d{3}|\\d{5}|\\d{7}");
    }

    /** The code's class (类) in the catalog: the first three digits. */
    Optional<CatalogEntry> classEntry(YearCatalog catalog) {
        String root = code.substring(0, 3);
        return economic ? catalog.economic(root) : catalog.function(root);
    }

    Optional<CatalogEntry> entry(YearCatalog catalog) {
        return economic ? catalog.economic(code) : catalog.function(code);
    }

    String name() {
        return row.cell(1).display();
    }

    String kind() {
        return economic ? "部门支出经济分类科目" : "支出功能分类科目";
    }
}
