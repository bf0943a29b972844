package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.layout.Layouts;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/** Columns of the 决算 tables found by their layout key (core/layout/columns.tsv), never by position. */
final class AccountsColumns {

    private AccountsColumns() {
    }

    /** The index of a column the table prints, by its layout key; empty where it does not print it. */
    static Optional<Integer> index(StatementTable table, String key) {
        return Layouts.builtIn().table(table.kind().name()).column(key).map(c -> c.label())
                .filter(label -> TableQueries.hasColumn(table, label)).map(table::columnIndex);
    }

    /** The indexes of the printed columns among these keys, in the order given. */
    static List<Integer> indexes(StatementTable table, String... keys) {
        return java.util.Arrays.stream(keys).flatMap(k -> index(table, k).stream()).toList();
    }

    static BigDecimal sum(TableRow row, List<Integer> columns) {
        return columns.stream().map(row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
