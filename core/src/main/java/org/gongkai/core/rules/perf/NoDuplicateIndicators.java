package org.gongkai.core.rules.perf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.performance.IndicatorKinds;
import org.gongkai.core.rules.Severity;

/** R-PERF-12: no indicator is listed twice in one project's table (same name, same value). */
public final class NoDuplicateIndicators extends ProjectRule {

    public NoDuplicateIndicators() {
        super("R-PERF-12", Severity.WARNING, "同一项目绩效目标表中不重复列示相同指标",
                "指标「办公自动化覆盖范围占应覆盖范围的比率」（≥90%）重复列示");
    }

    @Override
    List<String> problems(Project project) {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (Indicator indicator : project.indicators()) {
            if (IndicatorKinds.isWithheld(indicator)) {
                continue; // five indicators printed 「涉密」 are withheld, not repeated
            }
            String name = IndicatorKinds.name(indicator);
            if (!seen.add(name + "\u0000" + indicator.value())) {
                problems.add("指标「" + name + "」（" + indicator.value() + "）重复列示");
            }
        }
        return problems;
    }
}
