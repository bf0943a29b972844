package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.StatedBudgetFigures;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.budget.Assets;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.rules.Disclosure;

/** R-TXT-17: the stated 拟购置固定资产 total equals the model's planned purchases. */
public final class PlannedPurchasesStated extends StatedFigureRule {

    public PlannedPurchasesStated() {
        super("R-TXT-17", "拟购置固定资产总额", "说明中拟购置固定资产总额为 10.00万元，但表内数据为 0.00 万元",
                Set.of(NarrativeSection.ASSETS), StatedBudgetFigures.PLANNED_PURCHASES::names);
    }

    @Override
    Optional<BigDecimal> expected(Disclosure disclosure, Mention mention) {
        Assets assets = disclosure.model().assets();
        return assets == null ? Optional.empty() : Optional.ofNullable(assets.plannedPurchases());
    }
}
