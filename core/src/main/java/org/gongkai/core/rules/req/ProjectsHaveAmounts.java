package org.gongkai.core.rules.req;

import java.util.List;
import org.gongkai.core.budget.Project;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/**
 * R-REQ-09: every project published with its performance targets states its budget: a list carried over from last
 * year, or names typed without amounts, leaves citizens with targets for money nobody can see. A warning, not an
 * error: some regions' 绩效目标表 print no amount (河北 2023), and a submission with warnings needs a written reason.
 */
public final class ProjectsHaveAmounts extends BaseRule {

    public ProjectsHaveAmounts() {
        super("R-REQ-09", Severity.WARNING, "公开的每个项目都须写明预算数（有的地区绩效目标表不列金额：提交时须书面说明）", "项目《档案维护费》未填写预算数");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        return disclosure.model().projects().stream().filter(p -> p.amount() == null || p.amount().signum() == 0)
                .map(Project::name).map(name -> finding(Locations.project(name), "项目未填写预算数")).toList();
    }
}
