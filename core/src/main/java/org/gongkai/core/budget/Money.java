package org.gongkai.core.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.function.Function;

/**
 * Amounts in 万元: BigDecimal with at least two decimals and at most six. Six decimals of 万元 are the 分 of a 元:
 * a document printed in 元 (18,476,309.75 元) is held exactly (1847.630975 万元), never rounded to the 百元.
 */
public final class Money {

    public static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    public static BigDecimal of(String text) {
        return normalize(new BigDecimal(text), "金额");
    }

    /** Decimals of 万元 that a 元 document to the 分 needs. */
    public static final int MAX_DECIMALS = 6;

    /**
     * Scales a budget amount to at least two decimals; refuses more than six (a fraction of a 分 is no printed
     * amount) and negative values.
     */
    public static BigDecimal normalize(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " 不能为负数：" + value.toPlainString());
        }
        int decimals = value.stripTrailingZeros().scale();
        if (decimals > MAX_DECIMALS) {
            throw new IllegalArgumentException(field + " 以万元计最多六位小数（精确到元的分）：" + value.toPlainString());
        }
        return value.setScale(Math.max(2, decimals), RoundingMode.UNNECESSARY);
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
