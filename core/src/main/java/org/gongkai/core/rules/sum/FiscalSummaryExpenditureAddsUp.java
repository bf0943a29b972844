package org.gongkai.core.rules.sum;

import static org.gongkai.core.rules.sum.TwoSidedTable.EXPENDITURE_AMOUNT;
import static org.gongkai.core.rules.sum.TwoSidedTable.INCOME_AMOUNT;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.tables.StandardTable;

/**
 * R-BAL-06: in 财政拨款收支总表, 本年支出合计 = Σ the class rows in every column, 支出总计 = 本年支出合计 +
 * 年末结转和结余, and 支出总计 = 收入总计.
 */
public final class FiscalSummaryExpenditureAddsUp extends TwoSidedTotalRule {

    public FiscalSummaryExpenditureAddsUp() {
        super("R-BAL-06", StandardTable.FISCAL_SUMMARY,
                "财政拨款收支总表：本年支出合计 = 各类支出之和（每一列）；支出总计 = 本年支出合计 + 年末结转和结余 = 收入总计",
                "本年支出合计（一般公共预算财政拨款）为 8900.03，但 各类支出之和 = 8890.03（相差 10.00）");
    }

    @Override
    List<Expectation> expectations(TwoSidedTable table) {
        List<Expectation> expectations = new ArrayList<>();
        int columns = table.table().columns().size();
        for (int c = EXPENDITURE_AMOUNT; c < columns; c++) {
            String name = "本年支出合计（" + table.table().columns().get(c).name() + "）";
            expectations.add(new Expectation(table.thisYearTotals(), c, name, sum(table.expenditureRows(), c), "各类支出之和"));
            int column = c;
            table.expenditureRow("支出总计").ifPresent(total -> expectations.add(new Expectation(total, column,
                    "支出总计（" + table.table().columns().get(column).name() + "）",
                    table.thisYearTotals().amount(column).add(amount(table.expenditureRow("年末财政拨款结转和结余"), column)),
                    "本年支出合计 + 年末财政拨款结转和结余")));
        }
        table.expenditureRow("支出总计").ifPresent(total -> table.incomeRow("收入总计").ifPresent(income ->
                expectations.add(new Expectation(total, EXPENDITURE_AMOUNT, "支出总计", income.amount(INCOME_AMOUNT), "收入总计"))));
        return expectations;
    }
}
