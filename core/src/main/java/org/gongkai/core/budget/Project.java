package org.gongkai.core.budget;

import java.math.BigDecimal;
import java.util.List;

/**
 * A 项目支出 project with its 绩效目标表. Amounts may be null where the disclosure does not state them
 * (many publish the indicator table without the 预算数 block).
 */
public record Project(String code, String name, String unitCode, String unitName, BigDecimal amount,
                      BigDecimal fiscalFunds, BigDecimal otherFunds, String purpose,
                      List<PaymentMilestone> paymentPlan, List<String> goals, List<Indicator> indicators) {

    public Project {
        code = Text.optional(code);
        name = Text.required(name, "name");
        unitCode = Text.optional(unitCode);
        unitName = Text.optional(unitName);
        amount = Money.normalize(amount, "amount");
        fiscalFunds = Money.normalize(fiscalFunds, "fiscalFunds");
        otherFunds = Money.normalize(otherFunds, "otherFunds");
        purpose = Text.optional(purpose);
        paymentPlan = Text.list(paymentPlan);
        goals = Text.list(goals);
        indicators = Text.list(indicators);
    }
}
