package org.gongkai.server.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.budget.Money;

/**
 * Amounts by function class and section summed over many disclosures, with how many disclosures hold each section, so
 * that one disclosure can be taken out and another put in without summing them all again: a publication changes one
 * department-year of a province's tens of thousands. Immutable; {@link #minus} and {@link #plus} make new sums.
 */
final class ClassSums {

    private final Map<String, String> classNames;
    private final Map<String, String> sectionNames;
    private final Map<String, Map<String, BigDecimal>> amounts;
    private final Map<String, Map<String, Integer>> holders;
    private volatile List<Summary.ClassAmount> list;

    private ClassSums(Map<String, String> classNames, Map<String, String> sectionNames, Map<String, Map<String, BigDecimal>> amounts,
                      Map<String, Map<String, Integer>> holders) {
        this.classNames = classNames;
        this.sectionNames = sectionNames;
        this.amounts = amounts;
        this.holders = holders;
    }

    static ClassSums of(List<PublishedDisclosure> disclosures) {
        ClassSums sums = new ClassSums(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
        disclosures.forEach(p -> sums.add(p.summary(), 1));
        return sums;
    }

    ClassSums plus(Summary summary) {
        ClassSums next = copy();
        next.add(summary, 1);
        return next;
    }

    ClassSums minus(Summary summary) {
        ClassSums next = copy();
        next.add(summary, -1);
        return next;
    }

    private ClassSums copy() {
        Map<String, Map<String, BigDecimal>> amountsCopy = new HashMap<>();
        amounts.forEach((code, sections) -> amountsCopy.put(code, new HashMap<>(sections)));
        Map<String, Map<String, Integer>> holdersCopy = new HashMap<>();
        holders.forEach((code, sections) -> holdersCopy.put(code, new HashMap<>(sections)));
        return new ClassSums(new HashMap<>(classNames), new HashMap<>(sectionNames), amountsCopy, holdersCopy);
    }

    /** Adds ({@code sign} 1) or takes out (-1) one disclosure; a section no disclosure holds any more is gone. */
    private void add(Summary summary, int sign) {
        for (Summary.ClassAmount c : summary.byClass()) {
            for (Summary.ClassAmount s : c.sections()) {
                if (sign > 0) {
                    classNames.putIfAbsent(c.code(), c.name());
                    sectionNames.putIfAbsent(s.code(), s.name());
                }
                Map<String, BigDecimal> ofClass = amounts.computeIfAbsent(c.code(), k -> new HashMap<>());
                Map<String, Integer> heldBy = holders.computeIfAbsent(c.code(), k -> new HashMap<>());
                ofClass.merge(s.code(), sign > 0 ? s.amount() : s.amount().negate(), BigDecimal::add);
                if (heldBy.merge(s.code(), sign, Integer::sum) == 0) {
                    heldBy.remove(s.code());
                    ofClass.remove(s.code());
                }
                if (heldBy.isEmpty()) {
                    holders.remove(c.code());
                    amounts.remove(c.code());
                }
            }
        }
    }

    /** By class code, each with its sections by code; amounts as printed (at least two decimals). */
    List<Summary.ClassAmount> list() {
        List<Summary.ClassAmount> shown = list;
        if (shown == null) {
            shown = new ArrayList<>();
            for (Map.Entry<String, Map<String, BigDecimal>> c : new TreeMap<>(amounts).entrySet()) {
                List<Summary.ClassAmount> children = new ArrayList<>();
                new TreeMap<>(c.getValue()).forEach((code, amount) -> children.add(new Summary.ClassAmount(code, sectionNames.get(code),
                        Money.normalize(amount, "amount"), List.of())));
                BigDecimal total = children.stream().map(Summary.ClassAmount::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                shown.add(new Summary.ClassAmount(c.getKey(), classNames.get(c.getKey()), Money.normalize(total, "total"), children));
            }
            shown = List.copyOf(shown);
            list = shown;
        }
        return shown;
    }
}
