package org.gongkai.core.budget;

/** One item of 部门整体绩效目标 / 分项绩效目标: the area, the goal and its indicator as the department wrote them. */
public record PerformanceGoal(String area, String goal, String indicator) {

    public PerformanceGoal {
        area = Text.optional(area);
        goal = Text.required(goal, "goal");
        indicator = Text.optional(indicator);
    }
}
