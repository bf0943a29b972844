package org.gongkai.core.rules.perf;

import java.util.Optional;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.performance.IndicatorKinds;
import org.gongkai.core.performance.IndicatorValue;
import org.gongkai.core.rules.Severity;

/**
 * R-PERF-08: a bound of zero or a number with leading zeros ("≥0", "≤0", "≥00", "≤0100") sets no target.
 * "≤0" stays allowed for things that should not happen at all (差错, 事故, 投诉 …).
 */
public final class NoVacuousBounds extends IndicatorRule {

    public NoVacuousBounds() {
        super("R-PERF-08", Severity.ERROR, "指标值不应为无意义的界限：“≥0”“≤0”“≥00”或带前导零的数（如“≤0100”）",
                "指标值“≥00”不是有效目标值（零或前导零）");
    }

    @Override
    Optional<String> problem(Project project, Indicator indicator, IndicatorValue value) {
        if (value.isQualitative() || value.comparison() == null || value.comparison().equals("=")) {
            return Optional.empty();
        }
        boolean zero = value.number().orElseThrow().signum() == 0;
        boolean leadingZero = value.digits().matches("0\\d.*");
        boolean allowedNone = zero && value.atMost() && IndicatorKinds.isNegativeMeasure(indicator);
        return (zero || leadingZero) && !allowedNone
                ? Optional.of("指标值“" + indicator.value() + "”不是有效目标值（" + (leadingZero ? "前导零" : "以零为界") + "）")
                : Optional.empty();
    }
}
