package org.gongkai.core.rules.perf;

import java.util.Optional;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.performance.IndicatorValue;
import org.gongkai.core.rules.Severity;

/** R-PERF-07: a numeric indicator value carries its unit (%, 人, 万元 …); a value without a number is qualitative. */
public final class ValueHasUnit extends IndicatorRule {

    public ValueHasUnit() {
        super("R-PERF-07", Severity.WARNING, "量化指标值应带计量单位（%、人、次、万元等）", "指标值“≥90”没有计量单位");
    }

    @Override
    Optional<String> problem(Project project, Indicator indicator, IndicatorValue value) {
        if (indicator.value() == null) {
            return Optional.of("指标值为空");
        }
        return !value.isQualitative() && !value.hasUnit()
                ? Optional.of("指标值“" + indicator.value() + "”没有计量单位") : Optional.empty();
    }
}
