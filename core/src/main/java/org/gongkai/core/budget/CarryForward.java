package org.gongkai.core.budget;

import java.math.BigDecimal;
import java.util.Objects;

/** 年末（年终）结转结余 planned for one funding source. */
public record CarryForward(FundingSource source, BigDecimal amount) {

    public CarryForward {
        Objects.requireNonNull(source, "source 资金来源不能为空");
        amount = Money.normalize(Objects.requireNonNull(amount, "amount 金额不能为空"), "amount");
    }
}
