package org.gongkai.core.rules.xt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.tables.StandardTable;

/** R-XT-06: the three appropriation incomes of 财政拨款收支总表 equal those of 收支总表. */
public final class FiscalIncomeMatchesSummaryIncome extends BaseRule {

    private static final List<String> APPROPRIATIONS = List.of("一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款");

    public FiscalIncomeMatchesSummaryIncome() {
        super("R-XT-06", Severity.ERROR, "财政拨款收支总表三项财政拨款收入 = 收支总表对应收入",
                "财政拨款收支总表“一般公共预算拨款”为 8900.03，但收支总表“一般公共预算拨款收入”为 8900.00");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.table(StandardTable.FISCAL_SUMMARY).ifPresent(fiscal -> disclosure.table(StandardTable.SUMMARY)
                .ifPresent(summary -> {
                    for (String label : APPROPRIATIONS) {
                        TableComparison.labeled(fiscal, 0, label).ifPresent(row -> {
                            BigDecimal other = TableComparison.labeled(summary, 0, label + "收入")
                                    .map(r -> r.amount(1)).orElse(BigDecimal.ZERO);
                            if (!same(row.amount(1), other)) {
                                findings.add(finding(Locations.cell(fiscal, row, 1), "财政拨款收支总表“" + label + "”为 "
                                        + money(row.amount(1)) + "，但收支总表“" + label + "收入”为 " + money(other)));
                            }
                        });
                    }
                }));
        return findings;
    }
}
