package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.ThreePublicPart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/**
 * R-TXT-20: for each year the explanation speaks of, the "三公" parts it states add up to the total it states —
 * checkable even when the document publishes no table 9.
 */
public final class ThreePublicStatedPartsAddUp extends BaseRule {

    public ThreePublicStatedPartsAddUp() {
        super("R-TXT-20", Severity.ERROR, "说明中同一年度“三公”经费各项之和 = 所述合计（出国 + 公务用车 + 接待）",
                "说明称 2020 年“三公”经费 31.11 万元，但所述各项之和为 30.11 万元");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        Map<Integer, Map<ThreePublicPart, Mention>> byYear = new LinkedHashMap<>();
        for (Mention mention : disclosure.statedFigures().in(NarrativeSection.THREE_PUBLIC)) {
            if (!mention.isWanYuan()) {
                continue;
            }
            for (ThreePublicPart part : ThreePublicPart.values()) {
                if (part.names(mention)) {
                    byYear.computeIfAbsent(Objects.requireNonNullElse(mention.year(), disclosure.model().year()),
                            y -> new EnumMap<>(ThreePublicPart.class)).putIfAbsent(part, mention);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        byYear.forEach((year, parts) -> check(year, parts, findings));
        return findings;
    }

    private void check(int year, Map<ThreePublicPart, Mention> parts, List<Finding> findings) {
        Mention total = parts.get(ThreePublicPart.TOTAL);
        BigDecimal vehicle = vehicle(parts);
        if (total == null || vehicle == null || !parts.containsKey(ThreePublicPart.ABROAD)
                || !parts.containsKey(ThreePublicPart.RECEPTION)) {
            return;
        }
        BigDecimal sum = parts.get(ThreePublicPart.ABROAD).amount().add(vehicle).add(parts.get(ThreePublicPart.RECEPTION).amount());
        if (!same(sum, total.amount())) {
            findings.add(finding(Locations.sentence(total.section(), total.sentence()), "说明称 " + year + " 年“三公”经费 "
                    + total.amount().toPlainString() + " 万元，但所述各项之和为 " + sum.toPlainString() + " 万元"));
        }
    }

    private static BigDecimal vehicle(Map<ThreePublicPart, Mention> parts) {
        if (parts.containsKey(ThreePublicPart.VEHICLE)) {
            return parts.get(ThreePublicPart.VEHICLE).amount();
        }
        if (parts.containsKey(ThreePublicPart.VEHICLE_PURCHASE) && parts.containsKey(ThreePublicPart.VEHICLE_OPERATION)) {
            return parts.get(ThreePublicPart.VEHICLE_PURCHASE).amount().add(parts.get(ThreePublicPart.VEHICLE_OPERATION).amount());
        }
        return null;
    }
}
