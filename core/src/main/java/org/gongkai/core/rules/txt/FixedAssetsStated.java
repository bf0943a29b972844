package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.StatedBudgetFigures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.budget.Assets;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.rules.Disclosure;

/** R-TXT-16: the stated 固定资产 total (to the 分 of 万元) equals the asset table's total. */
public final class FixedAssetsStated extends StatedFigureRule {

    public FixedAssetsStated() {
        super("R-TXT-16", "固定资产总额", "说明中固定资产总额为 2400.00万元，但表内数据为 2413.60 万元",
                Set.of(NarrativeSection.ASSETS), StatedBudgetFigures.FIXED_ASSETS::names);
    }

    @Override
    Optional<BigDecimal> expected(Disclosure disclosure, Mention mention) {
        Assets assets = disclosure.model().assets();
        if (assets == null || assets.total() == null) {
            return Optional.empty();
        }
        // Compared at the precision the text uses: "2413.60" against 2413.603435, "124.5503" against 124.5503.
        int scale = Math.max(2, mention.amount().scale());
        return Optional.of(assets.total().setScale(scale, RoundingMode.HALF_UP));
    }
}
