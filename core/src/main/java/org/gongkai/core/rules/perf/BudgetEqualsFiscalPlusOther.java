package org.gongkai.core.rules.perf;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.Project;
import org.gongkai.core.rules.Severity;

/** R-PERF-10: a project's 预算数 = 财政资金 + 其他资金. */
public final class BudgetEqualsFiscalPlusOther extends ProjectRule {

    public BudgetEqualsFiscalPlusOther() {
        super("R-PERF-10", Severity.ERROR, "项目预算数 = 财政资金 + 其他资金", "预算数 20.00，但 财政资金 15.00 + 其他资金 0.00 = 15.00");
    }

    @Override
    List<String> problems(Project project) {
        if (project.amount() == null || project.fiscalFunds() == null) {
            return List.of();
        }
        BigDecimal sum = project.fiscalFunds().add(Money.orZero(project.otherFunds()));
        return same(project.amount(), sum) ? List.of() : List.of("预算数 " + money(project.amount()) + "，但 财政资金 "
                + money(project.fiscalFunds()) + " + 其他资金 " + money(project.otherFunds()) + " = " + money(sum));
    }
}
