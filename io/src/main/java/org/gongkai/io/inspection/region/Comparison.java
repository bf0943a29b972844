package org.gongkai.io.inspection.region;

import java.math.BigDecimal;

/** What the year-on-year rules share: which statements are safe to compare, and the rounding a printed figure allows. */
final class Comparison {

    private Comparison() {
    }

    /**
     * Last year's published figure a statement of this year's document is compared with, or null when it must not be:
     * either document does not print the figure, the statement's own figure is not this document's (the words named
     * something else), or the change is larger than it can be.
     */
    static BigDecimal base(Filed next, Filed last, StatedChange change) {
        BigDecimal now = next.figures().of(change.subject());
        BigDecimal was = printed(last, change.subject());
        if (was == null || now != null && !RegionRule.same(now, change.current(), slack(change.current()))) {
            return null;
        }
        BigDecimal magnitude = change.change().abs();
        if (change.change().signum() < 0 ? magnitude.compareTo(was.add(BigDecimal.ONE)) > 0
                : magnitude.compareTo(change.current().add(BigDecimal.ONE)) > 0) {
            return null;
        }
        return was;
    }

    /**
     * Last year's figure of a subject: from its tables, else the one figure its own explanation states for it (「基本支出预算数为
     * 13,994.31万元」 is printed too); null when it prints none or several.
     */
    static BigDecimal printed(Filed last, StatedChange.Subject subject) {
        BigDecimal fromTables = last.figures().of(subject);
        if (fromTables != null) {
            return fromTables;
        }
        java.util.List<BigDecimal> stated = last.figures().changes().stream().filter(c -> c.subject() == subject)
                .map(StatedChange::current).distinct().toList();
        return stated.size() == 1 ? stated.get(0) : null;
    }

    /** Half a unit of the last printed digit, and at least a cent: 「4335.3」 stands for 4335.25 to 4335.35. */
    static BigDecimal slack(BigDecimal printed) {
        BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(0, printed.scale())).divide(BigDecimal.valueOf(2));
        return half.max(RegionRule.CENT);
    }
}
