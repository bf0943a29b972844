package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.budget.Money;

/**
 * Sums amounts given at leaf codes into every ancestor (类 = first 3 digits, 款 = first 5) and a grand total.
 * Codes sort as strings, which is exactly the official pre-order: 201, 20103, 2010350, 2010399, 20113 …
 */
final class CodeRollup {

    private final int width;
    private final BigDecimal[] total;
    private final TreeMap<String, BigDecimal[]> byCode = new TreeMap<>();

    CodeRollup(int width) {
        this.width = width;
        this.total = zeros(width);
    }

    void add(String leafCode, BigDecimal[] amounts) {
        accumulate(total, amounts);
        for (int length = 3; length <= leafCode.length(); length += 2) {
            accumulate(byCode.computeIfAbsent(leafCode.substring(0, length), c -> zeros(width)), amounts);
        }
    }

    BigDecimal[] total() {
        return total;
    }

    Map<String, BigDecimal[]> byCode() {
        return byCode;
    }

    boolean isEmpty() {
        return byCode.isEmpty();
    }

    static BigDecimal[] zeros(int width) {
        BigDecimal[] values = new BigDecimal[width];
        java.util.Arrays.fill(values, Money.ZERO);
        return values;
    }

    static void accumulate(BigDecimal[] into, BigDecimal[] amounts) {
        for (int i = 0; i < into.length; i++) {
            into[i] = into[i].add(amounts[i]);
        }
    }
}
