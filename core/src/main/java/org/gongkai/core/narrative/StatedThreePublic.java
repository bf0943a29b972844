package org.gongkai.core.narrative;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.budget.ThreePublicAmounts;

/** The "三公" parts an explanation states for one year ("2022 年三公经费为…，其中：公务出国 0 万元；…"). */
public final class StatedThreePublic {

    private StatedThreePublic() {
    }

    /** The amounts a budget's text states for {@code year}. */
    public static Optional<ThreePublicAmounts> forYear(List<Mention> mentions, int year, int budgetYear) {
        return forYear(mentions, year, budgetYear, false);
    }

    /**
     * The amounts stated for {@code year}, or empty when the text states none; parts it leaves out stay null. A 决算's
     * are its 决算数, a budget's its budget ({@link StatedFigures#ofKind}).
     */
    public static Optional<ThreePublicAmounts> forYear(List<Mention> stated, int year, int budgetYear, boolean finalAccounts) {
        List<Mention> mentions = stated.stream().map(m -> StatedFigures.ofKind(m, stated, finalAccounts)
                        .map(e -> e == m ? m : new Mention(m.section(), m.sentence(), m.label(), e.amount(), e.unit(), m.year())))
                .flatMap(Optional::stream).toList();
        Map<ThreePublicPart, BigDecimal> parts = new EnumMap<>(ThreePublicPart.class);
        java.util.Set<ThreePublicPart> inferred = java.util.EnumSet.noneOf(ThreePublicPart.class);
        java.util.Set<ThreePublicPart> statedNow = java.util.EnumSet.noneOf(ThreePublicPart.class);
        java.util.regex.Pattern unchanged = java.util.regex.Pattern.compile("(与|比|较|同)\\s*(" + year + "\\s*年|上年度?|上一年度?)[^，。；]{0,10}持平");
        for (Mention mention : mentions) {
            int said = mention.year() == null ? budgetYear : mention.year();
            // 「公务接待费1.00万元，与2024年预算持平」 states last year's amount too.
            boolean sameAsThen = said == budgetYear && year == budgetYear - 1
                    && unchanged.matcher(after(mention).replaceAll("\\s+", "")).find();
            if (said == budgetYear && year == budgetYear - 1 && StatedFigures.money(mention, mentions)) {
                java.util.Arrays.stream(ThreePublicPart.values()).filter(p -> p.names(mention)).forEach(statedNow::add);
            }
            if ((said != year && !sameAsThen) || !StatedFigures.money(mention, mentions)) {
                continue;
            }
            for (ThreePublicPart part : ThreePublicPart.values()) {
                if (part.names(mention) && !parts.containsKey(part)) {
                    parts.put(part, mention.inWanYuan());
                    if (said != year) {
                        inferred.add(part);
                    }
                }
            }
        }
        // Last year inferred from 「持平」 only when every item stated this year is covered: a part left out would read
        // as a change that did not happen.
        if (!inferred.isEmpty() && !parts.keySet().containsAll(statedNow.stream()
                .filter(p -> p != ThreePublicPart.TOTAL && p != ThreePublicPart.VEHICLE).toList())) {
            inferred.forEach(parts::remove);
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal operation = parts.get(ThreePublicPart.VEHICLE_OPERATION);
        BigDecimal purchase = parts.get(ThreePublicPart.VEHICLE_PURCHASE);
        if (operation == null && parts.containsKey(ThreePublicPart.VEHICLE)) {
            operation = parts.get(ThreePublicPart.VEHICLE).subtract(purchase == null ? BigDecimal.ZERO : purchase);
        }
        return Optional.of(new ThreePublicAmounts(null, scale(parts.get(ThreePublicPart.ABROAD)), scale(purchase),
                scale(operation), scale(parts.get(ThreePublicPart.RECEPTION))));
    }

    /**
     * The words after a mention's amount up to the end of its item (；) or sentence: what says of that amount alone that
     * it is 「与2023年预算持平」, not of the items beside it.
     */
    private static String after(Mention mention) {
        String folded = Sentences.fold(mention.sentence());
        int at = folded.indexOf(mention.label());
        String rest = at < 0 ? folded : folded.substring(at + mention.label().length());
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("[；;。]").matcher(rest);
        return end.find() ? rest.substring(0, end.start()) : rest;
    }

    private static BigDecimal scale(BigDecimal value) {
        return value == null || value.stripTrailingZeros().scale() > 2 ? null : value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
