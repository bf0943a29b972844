package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.StatedBudgetFigures;

import java.math.BigDecimal;
import java.util.Optional;
import org.gongkai.core.budget.BudgetFigures;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.rules.Disclosure;

/** R-TXT-01: the stated total income equals 收入总计 (or 本年收入合计 when the text means this year's only), in the model or as the 收支总表 prints it. */
public final class IncomeTotalStated extends BudgetFigureStated {

    public IncomeTotalStated() {
        super("R-TXT-01", "收入总额", "说明中收入总额为 8900.00万元，但表内数据为 8900.03 万元",
                StatedBudgetFigures.INCOME_TOTAL,
                m -> !m.incomes().isEmpty(), BudgetFigures::incomeTotal);
    }

    @Override
    Optional<BigDecimal> expected(Disclosure disclosure, Mention mention) {
        BigDecimal thisYearOnly = disclosure.model().figures().incomeThisYear();
        return super.expected(disclosure, mention).filter(total -> !same(mention.inWanYuan(), thisYearOnly))
                .filter(total -> !printedInSummary(disclosure, mention, 0, 1, "收入总计", "本年收入合计"));
    }
}
