package org.gongkai.core.rules.sum;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/** In every row of the given tables, one column equals the sum of others (合计 = 基本支出 + 项目支出 …). */
abstract class RowAddsUp extends BaseRule {

    private final List<StandardTable> tables;
    private final String total;
    private final List<String> parts;

    RowAddsUp(String id, String description, String example, List<StandardTable> tables, String total, String... parts) {
        super(id, Severity.ERROR, description, example);
        this.tables = tables;
        this.total = total;
        this.parts = List.of(parts);
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        for (StandardTable kind : tables) {
            disclosure.table(kind).filter(this::hasColumns).ifPresent(table -> {
                for (TableRow row : table.rows()) {
                    check(table, row).ifPresent(findings::add);
                }
            });
        }
        return findings;
    }

    private boolean hasColumns(StatementTable table) {
        return TableQueries.hasColumn(table, total) && parts.stream().allMatch(p -> TableQueries.hasColumn(table, p));
    }

    private java.util.Optional<Finding> check(StatementTable table, TableRow row) {
        BigDecimal stated = TableQueries.amount(table, row, total);
        BigDecimal sum = parts.stream().map(p -> TableQueries.amount(table, row, p)).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (same(stated, sum) || (row.cell(table.columnIndex(total)).isBlank() && partsBlank(table, row))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(finding(Locations.cell(table, row, table.columnIndex(total)),
                total + " 为 " + money(stated) + "，但 " + String.join(" + ", parts) + " = " + money(sum)
                        + "（相差 " + money(stated.subtract(sum).abs()) + "）"));
    }

    private boolean partsBlank(StatementTable table, TableRow row) {
        return parts.stream().allMatch(p -> row.cell(table.columnIndex(p)).isBlank());
    }
}
