package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.StatedBudgetFigures;

import org.gongkai.core.budget.BudgetFigures;

/** R-TXT-04: the stated 基本支出 equals the data. */
public final class BasicExpenditureStated extends BudgetFigureStated {

    public BasicExpenditureStated() {
        super("R-TXT-04", "基本支出", "说明中基本支出为 3600.00万元，但表内数据为 3611.85 万元",
                StatedBudgetFigures.BASIC, m -> !m.expenditures().isEmpty(), BudgetFigures::basic);
    }
}
