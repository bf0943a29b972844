package org.gongkai.core.rules.perf;

import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.performance.IndicatorValue;
import org.gongkai.core.rules.Severity;

/** R-PERF-15: a 时效指标 given as a duration is a deadline: it uses ≤ (within 24 小时), never ≥. */
public final class DeadlineAtMost extends IndicatorRule {

    private static final Pattern DURATION = Pattern.compile("^(小时|个?工作日|天|日|分钟|周|个?月)");

    public DeadlineAtMost() {
        super("R-PERF-15", Severity.ERROR, "以时长表示的时效指标是时限，应使用 ≤，不应使用 ≥",
                "时效指标值“≥24 小时”把时限写成了下限，应为“≤24 小时”");
    }

    @Override
    Optional<String> problem(Project project, Indicator indicator, IndicatorValue value) {
        boolean timeliness = indicator.level2() != null && indicator.level2().contains("时效");
        if (timeliness && value.atLeast() && value.hasUnit() && DURATION.matcher(value.unit()).find()) {
            return Optional.of("时效指标值“" + indicator.value() + "”把时限写成了下限，应为“≤" + value.digits() + " " + value.unit() + "”");
        }
        return Optional.empty();
    }
}
