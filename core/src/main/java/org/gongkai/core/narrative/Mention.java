package org.gongkai.core.narrative;

import java.math.BigDecimal;
import org.gongkai.core.budget.NarrativeSection;

/**
 * One amount stated in the explanation: the words before it in its clause (the label, e.g. "其中基本支出"),
 * the number, its unit as written ("万元", "元" or "亿元"), the budget year the sentence speaks of
 * (null when it names none) and the sentence itself for the finding's location.
 */
public record Mention(NarrativeSection section, String sentence, String label, BigDecimal amount, String unit,
                      Integer year) {

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

    /** The label with spaces and quotation marks removed, for matching: “三公经费” → 三公经费. */
    public String plainLabel() {
        return Sentences.plain(label);
    }
}
