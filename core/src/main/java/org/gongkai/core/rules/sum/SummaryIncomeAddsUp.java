package org.gongkai.core.rules.sum;

import static org.gongkai.core.rules.sum.TwoSidedTable.INCOME_AMOUNT;

import java.util.List;
import org.gongkai.core.tables.StandardTable;

/** R-BAL-01: in 收支总表, 本年收入合计 = the sum of the income rows. */
public final class SummaryIncomeAddsUp extends TwoSidedTotalRule {

    public SummaryIncomeAddsUp() {
        super("R-BAL-01", StandardTable.SUMMARY, "收支总表：本年收入合计 = 各项收入之和",
                "本年收入合计 为 8900.03，但 各项收入之和 = 8900.00（相差 0.03）");
    }

    @Override
    List<Expectation> expectations(TwoSidedTable table) {
        return List.of(new Expectation(table.thisYearTotals(), INCOME_AMOUNT, "本年收入合计",
                sum(table.incomeRows(), INCOME_AMOUNT), "各项收入之和"));
    }
}
