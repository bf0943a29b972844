package org.gongkai.core.rules.perf;

import java.util.Optional;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.performance.IndicatorKinds;
import org.gongkai.core.performance.IndicatorValue;
import org.gongkai.core.rules.Severity;

/** R-PERF-06: a cost cap stated in money does not exceed the project's 预算数. */
public final class CostCapWithinProjectAmount extends IndicatorRule {

    public CostCapWithinProjectAmount() {
        super("R-PERF-06", Severity.ERROR, "以金额表示的成本指标不超过项目预算数", "成本指标值“≤50 万元”超过项目预算数 10.00 万元");
    }

    @Override
    Optional<String> problem(Project project, Indicator indicator, IndicatorValue value) {
        if (!IndicatorKinds.isCost(indicator) || project.amount() == null) {
            return Optional.empty();
        }
        return value.inWanYuan().filter(cap -> cap.compareTo(project.amount()) > 0)
                .map(cap -> "成本指标值“" + indicator.value() + "”超过项目预算数 " + money(project.amount()) + " 万元");
    }
}
