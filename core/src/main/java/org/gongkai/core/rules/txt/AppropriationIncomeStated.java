package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.StatedBudgetFigures;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.budget.BudgetFigures;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.rules.Disclosure;

/** R-TXT-02: stated 一般公共预算拨款收入 / 财政拨款收入 equal this year's appropriations. */
public final class AppropriationIncomeStated extends StatedFigureRule {

    public AppropriationIncomeStated() {
        super("R-TXT-02", "财政拨款收入", "说明中财政拨款收入为 2569.00万元，但表内数据为 2569.11 万元",
                Set.of(NarrativeSection.OVERVIEW), StatedBudgetFigures.APPROPRIATION_INCOME::names);
    }

    @Override
    Optional<BigDecimal> expected(Disclosure disclosure, Mention mention) {
        if (disclosure.model().incomes().isEmpty() || !thisYear(disclosure, mention)) {
            return Optional.empty();
        }
        BudgetFigures figures = disclosure.model().figures();
        BigDecimal generalPublic = figures.income(FundingSource.GENERAL_PUBLIC_BUDGET, false);
        if (mention.plainLabel().contains("一般公共预算")) {
            return Optional.of(generalPublic);
        }
        return Optional.of(generalPublic.add(figures.income(FundingSource.GOVERNMENT_FUND, false))
                .add(figures.income(FundingSource.STATE_CAPITAL, false)));
    }
}
