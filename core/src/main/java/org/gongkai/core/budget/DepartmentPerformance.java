package org.gongkai.core.budget;

import java.util.List;

/** 部门整体绩效目标: overall goals, itemised goals with indicators, and 工作保障措施. */
public record DepartmentPerformance(List<String> overallGoals, List<PerformanceGoal> goals, List<String> safeguards) {

    public static final DepartmentPerformance NONE = new DepartmentPerformance(List.of(), List.of(), List.of());

    public DepartmentPerformance {
        overallGoals = Text.list(overallGoals);
        goals = Text.list(goals);
        safeguards = Text.list(safeguards);
    }
}
