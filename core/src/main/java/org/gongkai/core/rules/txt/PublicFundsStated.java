package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.StatedBudgetFigures;

import org.gongkai.core.budget.BudgetFigures;

/** R-TXT-06: the stated 公用经费 equals table 6's. */
public final class PublicFundsStated extends BudgetFigureStated {

    public PublicFundsStated() {
        super("R-TXT-06", "公用经费", "说明中公用经费为 1500.00万元，但表内数据为 1542.76 万元",
                StatedBudgetFigures.PUBLIC_FUNDS, m -> !m.basicEconomic().isEmpty(), BudgetFigures::publicFunds);
    }
}
