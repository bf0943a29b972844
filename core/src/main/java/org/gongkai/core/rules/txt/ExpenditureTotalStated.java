package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.StatedBudgetFigures;

import java.math.BigDecimal;
import java.util.Optional;
import org.gongkai.core.budget.BudgetFigures;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.rules.Disclosure;

/** R-TXT-03: the stated total expenditure equals 支出总计 (or 本年支出合计), in the model or as the 收支总表 prints it. */
public final class ExpenditureTotalStated extends BudgetFigureStated {

    public ExpenditureTotalStated() {
        super("R-TXT-03", "支出总额", "说明中支出总额为 8320.77万元，但表内数据为 8900.03 万元",
                StatedBudgetFigures.EXPENDITURE_TOTAL,
                m -> !m.expenditures().isEmpty(), BudgetFigures::expenditureTotal);
    }

    @Override
    Optional<BigDecimal> expected(Disclosure disclosure, Mention mention) {
        BigDecimal thisYearOnly = disclosure.model().figures().expenditureThisYear();
        return super.expected(disclosure, mention).filter(total -> !same(mention.inWanYuan(), thisYearOnly))
                .filter(total -> !printedInSummary(disclosure, mention, 2, 3, "支出总计", "本年支出合计"));
    }
}
