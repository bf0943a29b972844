package org.gongkai.core.rules.perf;

import java.util.Optional;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.performance.IndicatorKinds;
import org.gongkai.core.performance.IndicatorValue;
import org.gongkai.core.rules.Severity;

/** R-PERF-04: 满意度 and rates where more is better are bounded from below (≥) or fixed (=), never capped (≤). */
public final class SatisfactionAndRatesAtLeast extends IndicatorRule {

    public SatisfactionAndRatesAtLeast() {
        super("R-PERF-04", Severity.ERROR, "满意度及完成率、合格率等正向比率指标应使用 ≥ 或 =，不应使用 ≤",
                "满意度指标值“≤100%”应为下限（≥），写成上限无约束意义");
    }

    @Override
    Optional<String> problem(Project project, Indicator indicator, IndicatorValue value) {
        if (!value.atMost()) {
            return Optional.empty();
        }
        boolean percentLike = !value.hasUnit() || value.unit().contains("%") || value.unit().contains("百分比");
        if (percentLike && !IndicatorKinds.isNegativeMeasure(indicator)
                && (IndicatorKinds.isSatisfaction(indicator) || IndicatorKinds.isGoodRate(indicator))) {
            return Optional.of((IndicatorKinds.isSatisfaction(indicator) ? "满意度" : "正向比率") + "指标值“" + indicator.value()
                    + "”应为下限（≥），写成上限无约束意义");
        }
        return Optional.empty();
    }
}
