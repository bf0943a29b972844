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
            return Optional.of("成本指标值“" + indicator.value() + "”把上限写成了下限，应为“≤" + value.digits() + " " + value.unit() + "”");
        }
        return Optional.empty();
    }
}
