package org.gongkai.core.narrative;

import java.math.BigDecimal;
import org.gongkai.core.budget.NarrativeSection;

/**
 * One amount stated in the explanation: the words before it in its clause (the label, e.g. "其中基本支出"),
 * the number, its unit as written ("万元", "元" or "亿元"), the budget year the sentence speaks of
 * (null when it names none), the sentence itself for the finding's location, and the label without spaces and
 * quotation marks for matching (“三公经费” → 三公经费).
 */
public record Mention(NarrativeSection section, String sentence, String label, BigDecimal amount, String unit,
                      Integer year, String plainLabel) {

    public Mention(NarrativeSection section, String sentence, String label, BigDecimal amount, String unit, Integer year) {
        this(section, sentence, label, amount, unit, year, Sentences.plain(label));
    }

    /** The amount in 万元, or null when the unit is not a money unit. */
    public BigDecimal inWanYuan() {
        return switch (unit) {
            case "万元" -> amount;
            case "亿元" -> amount.movePointRight(4);
            case "元" -> amount.movePointLeft(4);
            default -> null;
        };
    }

    public boolean isWanYuan() {
        return unit.equals("万元");
    }

}
