package org.gongkai.core.rules.xt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/** R-XT-01: 收支总表's expenditure by function class and 本年支出合计 equal 支出总表's. */
public final class SummaryMatchesExpenditureTable extends BaseRule {

    public SummaryMatchesExpenditureTable() {
        super("R-XT-01", Severity.ERROR, "收支总表各类支出及本年支出合计 = 支出总表对应类级科目及合计",
                "收支总表“社会保障和就业支出”为 343.62，但支出总表 208 为 343.00");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.table(StandardTable.SUMMARY).ifPresent(summary -> disclosure.table(StandardTable.EXPENDITURE)
                .ifPresent(expenditure -> compare(summary, expenditure, findings)));
        return findings;
    }

    /** "社会保障和就业支出", not "基本支出", "单位预留机动经费", "当年支出小计", "结转下年资金" or a 总计. */
    private static boolean looksLikeAFunctionClass(String label) {
        return label.endsWith("支出") && !label.matches(".*(基本支出|项目支出|经营支出|上缴上级支出|附属单位补助支出|小计|合计|总计|结转|结余|预留).*");
    }

    private void compare(StatementTable summary, StatementTable expenditure, List<Finding> findings) {
        Map<String, TableRow> classes = TableComparison.classesByName(expenditure);
        if (classes.isEmpty()) {
            return; // a 支出总表 printed without function rows (江苏: one row of totals) has nothing to compare by class
        }
        for (TableRow row : summary.rows()) {
            String label = TableQueries.plain(row.cell(2).display());
            BigDecimal stated = row.amount(3);
            BigDecimal other;
            if (label.equals("本年支出合计")) {
                other = TableComparison.totalOf(expenditure, "合计");
            } else if (classes.containsKey(label)) {
                other = TableQueries.amount(expenditure, classes.get(label), "合计");
            } else if (stated.signum() != 0 && looksLikeAFunctionClass(label)) {
                other = BigDecimal.ZERO;
            } else {
                continue;
            }
            if (!same(stated, other)) {
                findings.add(finding(Locations.cell(summary, row, 3), "收支总表“" + label + "”为 " + money(stated)
                        + "，但支出总表对应数为 " + money(other)));
            }
        }
    }
}
