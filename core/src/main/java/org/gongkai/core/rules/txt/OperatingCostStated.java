package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.StatedBudgetFigures;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.rules.Disclosure;

/** R-TXT-08: the stated 机关运行经费 equals the model's. */
public final class OperatingCostStated extends StatedFigureRule {

    public OperatingCostStated() {
        super("R-TXT-08", "机关运行经费", "说明中机关运行经费为 1500.00万元，但表内数据为 1542.76 万元",
                Set.of(NarrativeSection.OPERATING_COST, NarrativeSection.OVERVIEW), StatedBudgetFigures.OPERATING_COST::names);
    }

    @Override
    Optional<BigDecimal> expected(Disclosure disclosure, Mention mention) {
        return thisYear(disclosure, mention) ? Optional.ofNullable(disclosure.model().operatingCost()) : Optional.empty();
    }
}
