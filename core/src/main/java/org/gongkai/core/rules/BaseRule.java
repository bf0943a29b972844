package org.gongkai.core.rules;

import java.math.BigDecimal;

/** Holds a rule's identity and makes its findings; subclasses implement only the check. */
public abstract class BaseRule implements Rule {

    private final String id;
    private final Severity severity;
    private final String description;
    private final String example;

    protected BaseRule(String id, Severity severity, String description, String example) {
        this.id = id;
        this.severity = severity;
        this.description = description;
        this.example = example;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final String example() {
        return example;
    }

    protected Finding finding(String location, String message) {
        return new Finding(id, severity, message, location);
    }

    protected static String money(BigDecimal amount) {
        return (amount == null ? BigDecimal.ZERO.setScale(2) : amount).toPlainString();
    }

    /**
     * A figure the text states agrees with the data when it is the data rounded to the decimals the text prints:
     * a 元-exact table (16497.864 万元) is stated as 16497.86 万元 without being wrong.
     */
    protected static boolean sameAsStated(BigDecimal data, BigDecimal stated) {
        if (same(data, stated) || data == null || stated == null) {
            return same(data, stated);
        }
        int decimals = Math.max(0, stated.stripTrailingZeros().scale());
        return data.setScale(decimals, java.math.RoundingMode.HALF_UP).compareTo(stated) == 0;
    }

    protected static boolean same(BigDecimal a, BigDecimal b) {
        return (a == null ? BigDecimal.ZERO : a).compareTo(b == null ? BigDecimal.ZERO : b) == 0;
    }
}
