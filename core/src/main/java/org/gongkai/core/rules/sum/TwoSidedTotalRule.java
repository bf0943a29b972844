package org.gongkai.core.rules.sum;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.TableRow;

/** A check of one total of a two-sided table: the stated cell against what it must equal. */
abstract class TwoSidedTotalRule extends BaseRule {

    private final StandardTable kind;

    TwoSidedTotalRule(String id, StandardTable kind, String description, String example) {
        super(id, Severity.ERROR, description, example);
        this.kind = kind;
    }

    /** The cell to check, its column, what it must equal and how that is made, or empty when not applicable. */
    record Expectation(TableRow row, int column, String name, BigDecimal expected, String how) {
    }

    abstract List<Expectation> expectations(TwoSidedTable table);

    @Override
    public final List<Finding> check(Disclosure disclosure) {
        Optional<TwoSidedTable> table = disclosure.table(kind).flatMap(TwoSidedTable::of);
        if (table.isEmpty()) {
            return List.of();
        }
        return expectations(table.get()).stream()
                .filter(e -> !same(e.row().amount(e.column()), e.expected()))
                .map(e -> finding(Locations.cell(table.get().table(), e.row(), e.column()),
                        e.name() + " 为 " + money(e.row().amount(e.column())) + "，但 " + e.how() + " = "
                                + money(e.expected()) + "（相差 " + money(e.row().amount(e.column()).subtract(e.expected()).abs()) + "）"))
                .toList();
    }

    static BigDecimal sum(List<TableRow> rows, int column) {
        return rows.stream().map(r -> r.amount(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal amount(Optional<TableRow> row, int column) {
        return row.map(r -> r.amount(column)).orElse(BigDecimal.ZERO);
    }
}
