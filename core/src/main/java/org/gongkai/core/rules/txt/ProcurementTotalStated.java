package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.StatedBudgetFigures;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.rules.Disclosure;

/** R-TXT-15: the stated 政府采购 total equals the sum of the procurement rows. */
public final class ProcurementTotalStated extends StatedFigureRule {

    public ProcurementTotalStated() {
        super("R-TXT-15", "政府采购预算总额", "说明中政府采购预算总额为 250.00万元，但表内数据为 241.82 万元",
                Set.of(NarrativeSection.PROCUREMENT), StatedBudgetFigures.PROCUREMENT_TOTAL::names);
    }

    @Override
    Optional<BigDecimal> expected(Disclosure disclosure, Mention mention) {
        return disclosure.model().procurement().isEmpty() || !thisYear(disclosure, mention) ? Optional.empty()
                : Optional.of(disclosure.model().figures().procurementTotal());
    }
}
