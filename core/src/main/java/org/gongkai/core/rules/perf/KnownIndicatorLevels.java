package org.gongkai.core.rules.perf;

import java.util.Optional;
import java.util.Set;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.performance.IndicatorValue;
import org.gongkai.core.rules.Severity;

/** R-PERF-14: 一级指标 is one of 产出指标, 效益指标 (效果指标), 满意度指标, 成本指标. */
public final class KnownIndicatorLevels extends IndicatorRule {

    private static final Set<String> LEVELS = Set.of("产出指标", "效益指标", "效果指标", "满意度指标", "成本指标");

    public KnownIndicatorLevels() {
        super("R-PERF-14", Severity.WARNING, "一级指标应为产出指标、效益（效果）指标、满意度指标或成本指标",
                "一级指标“质量指标”不是规定的一级指标（疑为错列）");
    }

    @Override
    Optional<String> problem(Project project, Indicator indicator, IndicatorValue value) {
        if (indicator.level1() == null) {
            return Optional.of("缺少一级指标");
        }
        return LEVELS.contains(indicator.level1().strip()) ? Optional.empty()
                : Optional.of("一级指标“" + indicator.level1() + "”不是规定的一级指标（疑为错列）");
    }
}
