package org.gongkai.core.rules.xt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongkai.core.budget.ProcurementItem;
import org.gongkai.core.budget.Project;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;

/** R-XT-09: a procurement row does not exceed its project's budget (its own 预算资金 column and the project's 预算数). */
public final class ProcurementWithinProjectBudget extends BaseRule {

    public ProcurementWithinProjectBudget() {
        super("R-XT-09", Severity.ERROR, "政府采购金额 ≤ 所属项目预算（采购表“预算资金”及项目预算数）",
                "采购“其他服务”金额 120.00 超过项目《会议服务费》预算 28.00");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        List<ProcurementItem> items = disclosure.model().procurement();
        for (int i = 0; i < items.size(); i++) {
            ProcurementItem item = items.get(i);
            String where = "政府采购预算表 第" + (i + 1) + "行（" + (item.projectName() == null ? item.itemName() : item.projectName()) + "）";
            if (item.projectBudget() != null && item.amount().compareTo(item.projectBudget()) > 0) {
                findings.add(finding(where, "采购“" + item.itemName() + "”金额 " + money(item.amount())
                        + " 超过本行项目预算资金 " + money(item.projectBudget())));
            }
            disclosure.model().projects().stream()
                    .filter(p -> p.amount() != null && Objects.equals(p.name(), item.projectName()))
                    .filter(p -> item.amount().compareTo(p.amount()) > 0)
                    .map(Project::amount).findFirst()
                    .ifPresent(budget -> findings.add(finding(where, "采购“" + item.itemName() + "”金额 " + money(item.amount())
                            + " 超过项目《" + item.projectName() + "》预算 " + money(budget))));
        }
        return findings;
    }
}
