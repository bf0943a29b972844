package org.gongkai.core.rules.perf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.core.budget.Project;
import org.gongkai.core.rules.Severity;

/** R-PERF-13: a project's goals are not the same placeholder repeated ("1、确保机关各项工作正常运转 2、确保机关各项工作正常运转"). */
public final class NoRepeatedGoals extends ProjectRule {

    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s");

    public NoRepeatedGoals() {
        super("R-PERF-13", Severity.WARNING, "项目绩效目标不应逐字重复（疑似套用的占位文字）",
                "绩效目标“确保机关各项工作正常运转”逐字重复");
    }

    @Override
    List<String> problems(Project project) {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (String goal : project.goals()) {
            if (org.gongkai.core.performance.IndicatorKinds.isWithheld(goal)) {
                continue;
            }
            if (!seen.add(SPACE.matcher(goal).replaceAll(""))) {
                problems.add("绩效目标“" + goal + "”逐字重复");
            }
        }
        return problems;
    }
}
