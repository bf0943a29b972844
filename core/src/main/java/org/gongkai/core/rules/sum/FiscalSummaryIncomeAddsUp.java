package org.gongkai.core.rules.sum;

import static org.gongkai.core.rules.sum.TwoSidedTable.INCOME_AMOUNT;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.tables.StandardTable;

/** R-BAL-05: in 财政拨款收支总表, 本年收入合计 = Σ the three appropriations and 收入总计 = 本年收入合计 + 年初结转. */
public final class FiscalSummaryIncomeAddsUp extends TwoSidedTotalRule {

    public FiscalSummaryIncomeAddsUp() {
        super("R-BAL-05", StandardTable.FISCAL_SUMMARY,
                "财政拨款收支总表：本年收入合计 = 三项财政拨款之和；收入总计 = 本年收入合计 + 年初财政拨款结转和结余",
                "本年收入合计 为 8900.03，但 三项财政拨款之和 = 8900.00（相差 0.03）");
    }

    @Override
    List<Expectation> expectations(TwoSidedTable table) {
        List<Expectation> expectations = new ArrayList<>();
        expectations.add(new Expectation(table.thisYearTotals(), INCOME_AMOUNT, "本年收入合计",
                sum(table.incomeRows(), INCOME_AMOUNT), "三项财政拨款之和"));
        table.incomeRow("收入总计").ifPresent(total -> expectations.add(new Expectation(total, INCOME_AMOUNT, "收入总计",
                table.thisYearTotals().amount(INCOME_AMOUNT).add(amount(table.incomeRow("年初财政拨款结转和结余"), INCOME_AMOUNT)),
                "本年收入合计 + 年初财政拨款结转和结余")));
        return expectations;
    }
}
