package org.gongkai.core.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.function.Function;

/** Amounts in 万元: BigDecimal with two decimals. */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    public static BigDecimal of(String text) {
        return normalize(new BigDecimal(text), "金额");
    }

    /**
     * Scales a budget amount to two decimals; refuses more decimals (a 元 figure pasted as 万元 shows up
     * exactly like this) and negative values.
     */
    public static BigDecimal normalize(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " 不能为负数：" + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(field + " 以万元计最多两位小数：" + value.toPlainString());
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Like {@link #normalize} but keeps extra decimals: asset registers carry values to the 元 and beyond. */
    public static BigDecimal normalizeAtLeastTwoDecimals(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " 不能为负数：" + value.toPlainString());
        }
        return value.scale() < 2 ? value.setScale(2, RoundingMode.UNNECESSARY) : value;
    }

    public static BigDecimal orZero(BigDecimal value) {
        return value == null ? ZERO : value;
    }

    public static <T> BigDecimal sum(Collection<T> items, Function<T, BigDecimal> amount) {
        BigDecimal total = ZERO;
        for (T item : items) {
            total = total.add(orZero(amount.apply(item)));
        }
        return total;
    }

    public static boolean isZero(BigDecimal value) {
        return value == null || value.signum() == 0;
    }
}
