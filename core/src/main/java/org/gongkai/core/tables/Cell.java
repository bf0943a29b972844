package org.gongkai.core.tables;

import java.math.BigDecimal;

/**
 * A table cell: text, or an amount in 万元. The official tables leave zero amounts blank, so a zero
 * amount is stored as a blank ({@code amount == null}).
 */
public record Cell(String text, BigDecimal amount) {

    public static final Cell BLANK = new Cell(null, null);

    public static Cell text(String text) {
        return new Cell(text, null);
    }

    public static Cell amount(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? BLANK : new Cell(null, amount);
    }

    public boolean isBlank() {
        return text == null && amount == null;
    }

    /** What a reader sees: the text, the amount with two decimals, or an empty string. */
    public String display() {
        if (amount != null) {
            return amount.toPlainString();
        }
        return text == null ? "" : text;
    }
}
