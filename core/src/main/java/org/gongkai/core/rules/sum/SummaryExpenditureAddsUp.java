package org.gongkai.core.rules.sum;

import static org.gongkai.core.rules.sum.TwoSidedTable.EXPENDITURE_AMOUNT;

import java.util.List;
import org.gongkai.core.tables.StandardTable;

/** R-BAL-02: in 收支总表, 本年支出合计 = the sum of the function-class rows. */
public final class SummaryExpenditureAddsUp extends TwoSidedTotalRule {

    public SummaryExpenditureAddsUp() {
        super("R-BAL-02", StandardTable.SUMMARY, "收支总表：本年支出合计 = 各功能分类支出之和",
                "本年支出合计 为 8900.03，但 各类支出之和 = 8899.03（相差 1.00）");
    }

    @Override
    List<Expectation> expectations(TwoSidedTable table) {
        return List.of(new Expectation(table.thisYearTotals(), EXPENDITURE_AMOUNT, "本年支出合计",
                sum(table.expenditureRows(), EXPENDITURE_AMOUNT), "各类支出之和"));
    }
}
