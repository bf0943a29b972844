package org.gongkai.core.rules.perf;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.budget.PaymentMilestone;
import org.gongkai.core.budget.Project;
import org.gongkai.core.rules.Severity;

/** R-PERF-09: the 资金支出计划 percentages add up to 100, or are cumulative and end at 100. */
public final class PaymentPlanReachesHundred extends ProjectRule {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    public PaymentPlanReachesHundred() {
        super("R-PERF-09", Severity.ERROR, "资金支出计划百分比之和为 100%（或为累计数且最后一期为 100%）",
                "资金支出计划各期合计 70%，应为 100%");
    }

    @Override
    List<String> problems(Project project) {
        List<PaymentMilestone> plan = project.paymentPlan();
        if (plan.isEmpty()) {
            return List.of();
        }
        BigDecimal sum = plan.stream().map(PaymentMilestone::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(HUNDRED) == 0 || cumulativeToHundred(plan)) {
            return List.of();
        }
        return List.of("资金支出计划各期合计 " + sum.stripTrailingZeros().toPlainString() + "%，应为 100%");
    }

    private static boolean cumulativeToHundred(List<PaymentMilestone> plan) {
        for (int i = 1; i < plan.size(); i++) {
            if (plan.get(i).percent().compareTo(plan.get(i - 1).percent()) < 0) {
                return false;
            }
        }
        return plan.get(plan.size() - 1).percent().compareTo(HUNDRED) == 0;
    }
}
