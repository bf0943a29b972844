package org.gongkai.core.accounts;

import java.math.BigDecimal;
import org.gongkai.core.budget.Money;

/**
 * The year's government procurement as a 决算 states it: the amounts contracted for 货物, 工程 and 服务, and how much of
 * it was awarded to small and medium enterprises (授予中小企业合同金额).
 */
public record ProcurementSplit(BigDecimal goods, BigDecimal works, BigDecimal services, BigDecimal awardedToSmes) {

    public static final ProcurementSplit NONE = new ProcurementSplit(null, null, null, null);

    public ProcurementSplit {
        goods = Money.normalize(goods, "goods");
        works = Money.normalize(works, "works");
        services = Money.normalize(services, "services");
        awardedToSmes = Money.normalize(awardedToSmes, "awardedToSmes");
    }

    public BigDecimal total() {
        return Money.orZero(goods).add(Money.orZero(works)).add(Money.orZero(services));
    }
}
