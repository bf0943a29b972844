package org.gongkai.core.rules.perf;

import java.util.Optional;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.performance.IndicatorKinds;
import org.gongkai.core.performance.IndicatorValue;
import org.gongkai.core.rules.Severity;

/** R-PERF-05: a 成本指标 caps spending: it uses ≤ (or =), never ≥. */
public final class CostCapAtMost extends IndicatorRule {

    public CostCapAtMost() {
        super("R-PERF-05", Severity.ERROR, "成本指标是支出上限，应使用 ≤（或 =），不应使用 ≥",
                "成本指标值“≥308 万元”把上限写成了下限，应为“≤308 万元”");
    }

    @Override
    Optional<String> problem(Project project, Indicator indicator, IndicatorValue value) {
        if (IndicatorKinds.isCost(indicator) && value.atLeast()) {
            if (isRate(indicator, value)) {
                // 「预算资金完成率 ≥80%」 is rightly a lower bound: the mistake is the category, not the sign.
                return Optional.of("“" + IndicatorKinds.name(indicator) + "”是比率指标，不是支出上限，不应列为成本指标（应列入产出或效益指标，“"
                        + indicator.value() + "”的方向无误）");
            }
            return Optional.of("成本指标值“" + indicator.value() + "”把上限写成了下限，应为“≤" + value.digits() + " " + value.unit() + "”");
        }
        return Optional.empty();
    }

    /** A rate or share (完成率, 覆盖率, 占…的比率, in %): its target is a floor whatever its category. */
    private static boolean isRate(Indicator indicator, IndicatorValue value) {
        String name = IndicatorKinds.name(indicator);
        return name.matches(".*(率|比例|比重|占比).*") && String.valueOf(value.unit()).matches("%|％|百分比");
    }
}
