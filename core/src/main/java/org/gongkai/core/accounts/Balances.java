package org.gongkai.core.accounts;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.budget.CarryForward;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Money;

/**
 * The year's balances that close the 决算 总表: 年初结转和结余 and 年末结转和结余 by source, and the three flows between
 * them — 使用非财政拨款结余 and 用事业基金弥补收支差 (income side), 结余分配 (expenditure side).
 */
public record Balances(List<CarryForward> opening, List<CarryForward> closing, BigDecimal nonFiscalSurplusUsed,
                       BigDecimal careerFundUsed, BigDecimal surplusDistribution) {

    public static final Balances NONE = new Balances(List.of(), List.of(), null, null, null);

    public Balances {
        opening = opening == null ? List.of() : List.copyOf(opening);
        closing = closing == null ? List.of() : List.copyOf(closing);
        nonFiscalSurplusUsed = Money.normalize(nonFiscalSurplusUsed, "nonFiscalSurplusUsed");
        careerFundUsed = Money.normalize(careerFundUsed, "careerFundUsed");
        surplusDistribution = Money.normalize(surplusDistribution, "surplusDistribution");
    }

    public BigDecimal openingTotal() {
        return Money.sum(opening, CarryForward::amount);
    }

    public BigDecimal closingTotal() {
        return Money.sum(closing, CarryForward::amount);
    }

    public BigDecimal opening(FundingSource source) {
        return Money.sum(opening.stream().filter(c -> c.source() == source).toList(), CarryForward::amount);
    }

    public BigDecimal closing(FundingSource source) {
        return Money.sum(closing.stream().filter(c -> c.source() == source).toList(), CarryForward::amount);
    }
}
