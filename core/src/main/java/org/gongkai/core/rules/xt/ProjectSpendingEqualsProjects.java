package org.gongkai.core.rules.xt;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.Project;
import org.gongkai.core.narrative.StatedTargets;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.tables.StandardTable;

/**
 * R-XT-08: 项目支出 of 支出总表 equals the sum of the projects' 预算数, when every project states one (and the
 * disclosure has expenditure data at all). Where the text says the tables are those of the projects that set targets
 * (「编报绩效目标的项目5个，涉及项目预算资金3328.13万元」), the tables' sum is compared with that figure instead.
 */
public final class ProjectSpendingEqualsProjects extends BaseRule {

    public ProjectSpendingEqualsProjects() {
        super("R-XT-08", Severity.ERROR, "支出总表项目支出合计 = 各项目预算数之和（所有项目均列有预算数时）",
                "支出总表项目支出为 5288.18，但 19 个项目预算数之和为 5200.00（相差 88.18）");
    }

    private static boolean sameAtPrintedPrecision(BigDecimal printed, BigDecimal exact) {
        return exact.setScale(Math.max(0, printed.scale()), java.math.RoundingMode.HALF_UP).compareTo(printed) == 0
                || exact.setScale(Math.max(0, printed.scale()), java.math.RoundingMode.DOWN).compareTo(printed) == 0;
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        DepartmentBudget model = disclosure.model();
        if (model.expenditures().isEmpty() || model.projects().isEmpty()
                || model.projects().stream().anyMatch(p -> p.amount() == null)) {
            return List.of();
        }
        BigDecimal projects = Money.sum(model.projects(), Project::amount);
        StatedTargets targets = StatedTargets.of(model.narrative(NarrativeSection.PERFORMANCE));
        if (targets.amount().isPresent()) {
            // The tables published are those of the projects that set targets, which the text counts and sums.
            return sameAtPrintedPrecision(targets.amount().get(), projects) ? List.of()
                    : List.of(finding(Locations.section(NarrativeSection.PERFORMANCE), "说明称编报绩效目标的项目涉及预算资金 "
                    + targets.amount().get().toPlainString() + " 万元，但公开的 " + model.projects().size() + " 张绩效目标表预算数之和为 "
                    + projects.setScale(Math.max(2, targets.amount().get().scale()), java.math.RoundingMode.HALF_UP).toPlainString() + " 万元"));
        }
        return disclosure.table(StandardTable.EXPENDITURE).map(table -> {
            BigDecimal stated = TableComparison.totalOf(table, "项目支出");
            if (same(stated, projects)) {
                return List.<Finding>of();
            }
            return List.of(finding(Locations.table(table), "支出总表项目支出为 " + money(stated) + "，但 "
                    + model.projects().size() + " 个项目预算数之和为 " + money(projects)
                    + "（相差 " + money(stated.subtract(projects).abs()) + "）"));
        }).orElse(List.of());
    }
}
