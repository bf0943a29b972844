package org.gongkai.core.rules.sum;

import static org.gongkai.core.rules.sum.TwoSidedTable.EXPENDITURE_AMOUNT;
import static org.gongkai.core.rules.sum.TwoSidedTable.INCOME_AMOUNT;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.tables.StandardTable;

/** R-BAL-03: 收入总计 = 本年收入合计 + 上年结转结余 and 支出总计 = 本年支出合计 + 年终结转结余. */
public final class SummaryGrandTotalsAddUp extends TwoSidedTotalRule {

    public SummaryGrandTotalsAddUp() {
        super("R-BAL-03", StandardTable.SUMMARY,
                "收支总表：收入总计 = 本年收入合计 + 上年结转结余；支出总计 = 本年支出合计 + 年终结转结余",
                "收入总计 为 9000.03，但 本年收入合计 + 上年结转结余 = 8900.03（相差 100.00）");
    }

    @Override
    List<Expectation> expectations(TwoSidedTable table) {
        List<Expectation> expectations = new ArrayList<>();
        table.incomeRow("收入总计").ifPresent(total -> expectations.add(new Expectation(total, INCOME_AMOUNT, "收入总计",
                table.thisYearTotals().amount(INCOME_AMOUNT).add(amount(table.incomeRow("上年结转结余"), INCOME_AMOUNT)),
                "本年收入合计 + 上年结转结余")));
        table.expenditureRow("支出总计").ifPresent(total -> expectations.add(new Expectation(total, EXPENDITURE_AMOUNT, "支出总计",
                table.thisYearTotals().amount(EXPENDITURE_AMOUNT).add(amount(table.expenditureRow("年终结转结余"), EXPENDITURE_AMOUNT)),
                "本年支出合计 + 年终结转结余")));
        return expectations;
    }
}
