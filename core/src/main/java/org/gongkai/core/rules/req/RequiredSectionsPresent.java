package org.gongkai.core.rules.req;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/**
 * R-REQ-03: the explanation has every required section: 部门职责, 机构设置 (text or units), 预算安排总体情况,
 * 机关运行经费, "三公"经费, 绩效 (goals or project tables), 政府采购 (text or rows), 国有资产 (text or asset
 * table). 其他需要说明的事项 is a heading of some templates, not content the disclosure rules require, so its absence
 * is not a finding.
 */
public final class RequiredSectionsPresent extends BaseRule {

    private static final List<NarrativeSection> TEXT_ONLY = List.of(NarrativeSection.DUTIES, NarrativeSection.OVERVIEW,
            NarrativeSection.OPERATING_COST, NarrativeSection.THREE_PUBLIC);

    /**
     * How a 部门职责 part speaks of the organisation when one heading covers both (河北「部门职责、机构设置等基本情况」):
     * its 内设机构, 科室, 下属单位 or 编制.
     */
    private static final java.util.regex.Pattern ORGANIZATION_WORDS = java.util.regex.Pattern.compile(
            "机构设置|内设|科室|处室|下属|所属|二级单位|预算单位|编制|在职人员|实有人员");

    public RequiredSectionsPresent() {
        super("R-REQ-03", Severity.ERROR, "情况说明包含全部必备部分：部门职责、机构设置、预算安排总体情况、机关运行经费、“三公”经费、"
                + "预算绩效信息、政府采购、国有资产", "缺少“机关运行经费安排情况”");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        if (!disclosure.contents().hasWholeExplanation()) {
            return List.of(); // tables alone, or the 三公 explanation as its own page: checked for what they hold
        }
        DepartmentBudget model = disclosure.model();
        List<Finding> findings = new ArrayList<>();
        for (NarrativeSection section : TEXT_ONLY) {
            if (blank(model.narrative(section))) {
                findings.add(missing(section));
            }
        }
        if (blank(model.narrative(NarrativeSection.ORGANIZATION)) && model.units().isEmpty() && !speaksOfOrganization(model)) {
            findings.add(missing(NarrativeSection.ORGANIZATION));
        }
        if (blank(model.narrative(NarrativeSection.PROCUREMENT)) && model.procurement().isEmpty()) {
            findings.add(missing(NarrativeSection.PROCUREMENT));
        }
        if (blank(model.narrative(NarrativeSection.ASSETS)) && (model.assets() == null || model.assets().rows().isEmpty())) {
            findings.add(missing(NarrativeSection.ASSETS));
        }
        if (blank(model.narrative(NarrativeSection.PERFORMANCE)) && model.projects().isEmpty()
                && model.performance().overallGoals().isEmpty()) {
            findings.add(missing(NarrativeSection.PERFORMANCE));
        }
        return findings;
    }

    private Finding missing(NarrativeSection section) {
        return finding(Locations.section(section), "缺少“" + Locations.sectionName(section) + "”");
    }

    private static boolean speaksOfOrganization(DepartmentBudget model) {
        String duties = model.narrative(NarrativeSection.DUTIES);
        return duties != null && ORGANIZATION_WORDS.matcher(duties).find();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
