package org.gongkai.core.rules.req;

import java.util.ArrayList;
import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.narrative.StatedBudgetFigures;
import java.util.OptionalInt;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.Project;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/**
 * R-REQ-06: project spending comes with projects, and every project with its 绩效目标表 (indicators). Some regions
 * publish only how many projects set targets (「本部门编报绩效目标的项目共25个」) and the tables at unit level: a
 * stated count above zero is disclosure; a stated zero with project spending is not.
 */
public final class ProjectsHavePerformanceTables extends BaseRule {

    public ProjectsHavePerformanceTables() {
        super("R-REQ-06", Severity.ERROR, "有项目支出时须公开项目绩效目标表，且每个项目都有绩效指标",
                "项目支出 5288.18 万元，但未公开任何项目绩效目标表");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        DepartmentBudget model = disclosure.model();
        List<Finding> findings = new ArrayList<>();
        BigDecimal projectSpending = projectSpending(disclosure);
        if (model.projects().isEmpty() && projectSpending.signum() > 0 && disclosure.contents() == Disclosure.Contents.WHOLE) {
            OptionalInt stated = projectsWithTargets(model.narrative(NarrativeSection.PERFORMANCE));
            if (stated.isEmpty()) {
                findings.add(finding("预算绩效信息", "项目支出 " + money(projectSpending) + " 万元，但未公开任何项目绩效目标表"));
            } else if (stated.getAsInt() == 0) {
                findings.add(finding(Locations.section(NarrativeSection.PERFORMANCE), "说明称实行绩效目标管理的项目为 0 个，但项目支出 "
                        + money(projectSpending) + " 万元"));
            }
        }
        for (Project project : model.projects()) {
            if (project.indicators().isEmpty()) {
                findings.add(finding(Locations.project(project.name()), "项目没有绩效指标"));
            }
        }
        return findings;
    }

    /**
     * Project spending from the data, or as the overview states it where the tables print no function rows (江苏's
     * 支出总表 is one row of totals).
     */
    private static BigDecimal projectSpending(Disclosure disclosure) {
        BigDecimal fromData = disclosure.model().figures().project();
        if (fromData.signum() > 0) {
            return fromData;
        }
        return StatedBudgetFigures.PROJECT.first(disclosure.statedFigures().in(NarrativeSection.OVERVIEW)).orElse(BigDecimal.ZERO);
    }

    /** How many projects the text says set targets, or that the targets are published elsewhere (any count). */
    public static OptionalInt projectsWithTargets(String text) {
        org.gongkai.core.narrative.StatedTargets stated = org.gongkai.core.narrative.StatedTargets.of(text);
        if (stated.count().isPresent()) {
            return stated.count();
        }
        return stated.elsewhere() ? OptionalInt.of(Integer.MAX_VALUE) : OptionalInt.empty();
    }
}
