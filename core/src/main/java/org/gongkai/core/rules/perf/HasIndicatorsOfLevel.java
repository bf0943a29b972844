package org.gongkai.core.rules.perf;

import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.rules.Severity;

/** A project's table has at least one indicator of a given 一级指标 (产出, 效益/效果, 满意度). */
abstract class HasIndicatorsOfLevel extends ProjectRule {

    private final Pattern level;
    private final String name;

    HasIndicatorsOfLevel(String id, String name, String level) {
        super(id, Severity.ERROR, "每个项目绩效目标表都有" + name + "指标", "绩效目标表没有" + name + "指标");
        this.level = Pattern.compile(level);
        this.name = name;
    }

    @Override
    List<String> problems(Project project) {
        if (project.indicators().isEmpty()) {
            return List.of();
        }
        boolean has = project.indicators().stream().map(Indicator::level1)
                .anyMatch(l -> l != null && level.matcher(l).find());
        return has ? List.of() : List.of("绩效目标表没有" + name + "指标");
    }
}
