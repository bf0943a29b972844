package org.gongkai.core.budget;

import java.math.BigDecimal;

/** Last year's headline figures, for 比上年增减. Null where unknown. */
public record PreviousYear(BigDecimal incomeTotal, BigDecimal expenditureTotal, BigDecimal basic, BigDecimal project) {

    public PreviousYear {
        incomeTotal = Money.normalize(incomeTotal, "incomeTotal");
        expenditureTotal = Money.normalize(expenditureTotal, "expenditureTotal");
        basic = Money.normalize(basic, "basic");
        project = Money.normalize(project, "project");
    }
}
