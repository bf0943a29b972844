package org.gongkai.core.rules.sum;

import static org.gongkai.core.rules.sum.TwoSidedTable.EXPENDITURE_AMOUNT;
import static org.gongkai.core.rules.sum.TwoSidedTable.INCOME_AMOUNT;

import java.util.List;
import org.gongkai.core.tables.StandardTable;

/** R-BAL-04: in 收支总表, 收入总计 = 支出总计. */
public final class SummaryBalances extends TwoSidedTotalRule {

    public SummaryBalances() {
        super("R-BAL-04", StandardTable.SUMMARY, "收支总表：收入总计 = 支出总计（收支平衡）",
                "支出总计 为 8900.00，但 收入总计 = 8900.03（相差 0.03）");
    }

    @Override
    List<Expectation> expectations(TwoSidedTable table) {
        return table.expenditureRow("支出总计").flatMap(expenditure -> table.incomeRow("收入总计").map(income ->
                List.of(new Expectation(expenditure, EXPENDITURE_AMOUNT, "支出总计", income.amount(INCOME_AMOUNT), "收入总计"))))
                .orElse(List.of());
    }
}
