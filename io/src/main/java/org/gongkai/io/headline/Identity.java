package org.gongkai.io.headline;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An identity a disclosure's own headline figures obey: the whole equals the sum of its parts. Checked before a figure
 * is believed; a part larger than its whole means one of them was misread.
 *
 * @param exact false where the parts may leave a remainder (Jiangsu's 单位预留机动经费 beside 基本 and 项目支出; a 决算's
 *              上缴上级支出): then the parts must only not exceed the whole
 */
record Identity(String id, String what, Subject whole, List<Subject> parts, boolean exact) {

    private static final BigDecimal ROUNDING = new BigDecimal("0.005");

    static final List<Identity> BUDGET = List.of(
            new Identity("H-01", "收入总计等于支出总计", Subject.INCOME_TOTAL, List.of(Subject.EXPENDITURE_TOTAL), true),
            new Identity("H-02", "基本支出加项目支出等于支出合计", Subject.EXPENDITURE_TOTAL, List.of(Subject.BASIC, Subject.PROJECT), false),
            new Identity("H-03", "人员经费加公用经费等于基本支出表合计", Subject.GENERAL_PUBLIC_BASIC, List.of(Subject.PERSONNEL, Subject.PUBLIC_FUNDS), true),
            new Identity("H-04", "一般公共预算基本支出不超过基本支出", Subject.BASIC, List.of(Subject.GENERAL_PUBLIC_BASIC), false),
            new Identity("H-06", "人员经费加公用经费不超过基本支出", Subject.BASIC, List.of(Subject.PERSONNEL, Subject.PUBLIC_FUNDS), false),
            new Identity("H-05", "“三公”经费各项之和等于合计", Subject.THREE_PUBLIC_TOTAL,
                    List.of(Subject.ABROAD, Subject.VEHICLE_PURCHASE, Subject.VEHICLE_OPERATION, Subject.RECEPTION), true));

    /**
     * A 决算's headline 收入 and 支出 are the year's own (本年收入合计, 本年支出合计): they differ by the year's balance
     * (结转结余 used or left), so neither bounds the other. The other identities hold as in a budget.
     */
    static final List<Identity> FINAL_ACCOUNTS = BUDGET.stream().skip(1).toList();

    /**
     * The sum of the parts, or null when the whole is not known, or a part is not known of an exact identity (the parts
     * of one that is not exact must only not exceed the whole: those known are summed).
     */
    BigDecimal partsSum(Map<Subject, BigDecimal> values) {
        List<Subject> known = parts.stream().filter(p -> values.get(p) != null).toList();
        if (values.get(whole) == null || known.isEmpty() || exact && known.size() < parts.size()) {
            return null;
        }
        return known.stream().map(values::get).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Null when not every figure is known; else whether it holds: equal, or, when not exact, not exceeded.
     */
    Boolean holds(Map<Subject, BigDecimal> values) {
        BigDecimal sum = partsSum(values);
        if (sum == null) {
            return null;
        }
        return equal(sum, values.get(whole)) || !exact && sum.compareTo(values.get(whole)) < 0;
    }

    /** Whether the parts sum exactly to the whole. */
    boolean exactly(Map<Subject, BigDecimal> values) {
        BigDecimal sum = partsSum(values);
        return sum != null && equal(sum, values.get(whole));
    }

    /** Equal up to the rounding of its parts: each printed part may be off by half a 分 of 万元 (0.005). */
    private boolean equal(BigDecimal sum, BigDecimal whole) {
        return sum.subtract(whole).abs().compareTo(ROUNDING.multiply(BigDecimal.valueOf(parts.size()))) <= 0;
    }

    /** Whether the known parts together exceed the whole beyond their rounding. */
    boolean partsExceedWhole(Map<Subject, BigDecimal> values) {
        BigDecimal sum = partsSum(values);
        return sum != null && sum.subtract(values.get(whole)).compareTo(ROUNDING.multiply(BigDecimal.valueOf(parts.size()))) > 0;
    }

    /** Whether a single part exceeds the whole (impossible whatever else the document prints). */
    boolean partExceedsWhole(Map<Subject, BigDecimal> values, Subject part) {
        BigDecimal whole = values.get(this.whole);
        BigDecimal value = values.get(part);
        return whole != null && value != null && parts.contains(part) && value.subtract(whole).compareTo(ROUNDING) > 0;
    }
}
