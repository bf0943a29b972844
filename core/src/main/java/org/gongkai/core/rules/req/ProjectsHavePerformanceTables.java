package org.gongkai.core.rules.req;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.Project;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/** R-REQ-06: project spending comes with projects, and every project with its 绩效目标表 (indicators). */
public final class ProjectsHavePerformanceTables extends BaseRule {

    public ProjectsHavePerformanceTables() {
        super("R-REQ-06", Severity.ERROR, "有项目支出时须公开项目绩效目标表，且每个项目都有绩效指标",
                "项目支出 5288.18 万元，但未公开任何项目绩效目标表");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        DepartmentBudget model = disclosure.model();
        List<Finding> findings = new ArrayList<>();
        if (model.projects().isEmpty() && model.figures().project().signum() > 0) {
            findings.add(finding("预算绩效信息", "项目支出 " + money(model.figures().project()) + " 万元，但未公开任何项目绩效目标表"));
        }
        for (Project project : model.projects()) {
            if (project.indicators().isEmpty()) {
                findings.add(finding(Locations.project(project.name()), "项目没有绩效指标"));
            }
        }
        return findings;
    }
}
