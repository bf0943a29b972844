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
import org.gongkai.core.tables.TableRow;

/** R-SUM-03: the 合计 row of a code-keyed table equals the sum of its 类 rows, in every column. */
public final class TotalRowEqualsSumOfClasses extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    public TotalRowEqualsSumOfClasses() {
        super("R-SUM-03", Severity.ERROR, "按科目编码列示的表中，合计行 = 各类级科目行之和（每一列）",
                "合计 为 8900.03，但各类级科目之和为 8899.03（相差 1.00）");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        for (StandardTable kind : TableQueries.CODE_KEYED) {
            disclosure.table(kind).ifPresent(table -> TableQueries.totalRow(table).ifPresent(total -> {
                List<TableRow> classes = TableQueries.codeRows(table).stream()
                        .filter(r -> TableQueries.code(r).orElseThrow().length() == 3).toList();
                for (int c = 2; c < table.columns().size(); c++) {
                    BigDecimal sum = TableQueries.sum(table, classes, c);
                    if (!same(total.amount(c), sum)) {
                        findings.add(finding(Locations.cell(table, total, c), "合计 为 " + money(total.amount(c))
                                + "，但各类级科目之和为 " + money(sum) + "（相差 " + money(total.amount(c).subtract(sum).abs()) + "）"));
                    }
                }
            }));
        }
        return findings;
    }
}
