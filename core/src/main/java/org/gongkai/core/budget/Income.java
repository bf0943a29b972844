package org.gongkai.core.budget;

import java.math.BigDecimal;
import java.util.Objects;

/** Income of one type; {@code carriedOver} marks 上年结转结余 of that source rather than this year's income. */
public record Income(FundingSource source, BigDecimal amount, boolean carriedOver) {

    public Income {
        Objects.requireNonNull(source, "source 收入类型不能为空");
        amount = Money.normalize(Objects.requireNonNull(amount, "amount 金额不能为空"), "amount");
    }
}
