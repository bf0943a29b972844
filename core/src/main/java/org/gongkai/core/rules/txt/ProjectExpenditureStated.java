package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.StatedBudgetFigures;

import org.gongkai.core.budget.BudgetFigures;

/** R-TXT-07: the stated 项目支出 equals the data. */
public final class ProjectExpenditureStated extends BudgetFigureStated {

    public ProjectExpenditureStated() {
        super("R-TXT-07", "项目支出", "说明中项目支出为 5200.00万元，但表内数据为 5288.18 万元",
                StatedBudgetFigures.PROJECT, m -> !m.expenditures().isEmpty(), BudgetFigures::project);
    }
}
