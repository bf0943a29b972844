package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.StatedBudgetFigures;

import org.gongkai.core.budget.BudgetFigures;

/** R-TXT-05: the stated 人员经费 equals table 6's. */
public final class PersonnelStated extends BudgetFigureStated {

    public PersonnelStated() {
        super("R-TXT-05", "人员经费", "说明中人员经费为 2069.00万元，但表内数据为 2069.09 万元",
                StatedBudgetFigures.PERSONNEL, m -> !m.basicEconomic().isEmpty(), BudgetFigures::personnel);
    }
}
