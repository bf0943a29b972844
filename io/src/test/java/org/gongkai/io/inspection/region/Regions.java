package org.gongkai.io.inspection.region;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.rules.Disclosure;

/** Small documents and rosters for the rules' cases: only the figures a case needs are printed. */
final class Regions {

    private Regions() {
    }

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static Filed budget(String file, String department, int year, Disclosure.Level level, Figures figures) {
        return new Filed(file, file, null, department, year, DisclosureKind.BUDGET, level, figures);
    }

    static Filed accounts(String file, String department, int year, Figures figures) {
        return new Filed(file, file, null, department, year, DisclosureKind.FINAL_ACCOUNTS, Disclosure.Level.DEPARTMENT, figures);
    }

    static Figures totals(String total) {
        return new Figures(d(total), d(total), null, null, Map.of("GENERAL_PUBLIC_BUDGET", d(total)), Map.of(), null, null, null, null,
                null, null, List.of(), null, List.of());
    }

    static Figures initialBudget(String initial) {
        return new Figures(null, null, null, null, Map.of(), Map.of("GENERAL_PUBLIC_BUDGET", d(initial)), null, null, null, null, null,
                null, List.of(), null, List.of());
    }

    static Figures threePublic(ThreePublicAmounts amounts) {
        return new Figures(null, null, null, null, Map.of(), Map.of(), amounts, null, null, null, null, null, List.of(), null, List.of());
    }

    static Figures threePublicBudget(ThreePublicAmounts amounts) {
        return new Figures(null, null, null, null, Map.of(), Map.of(), null, amounts, null, null, null, null, List.of(), null, List.of());
    }

    static Figures balances(String opening, String closing) {
        return new Figures(null, null, null, null, Map.of(), Map.of(), null, null, opening == null ? null : d(opening),
                closing == null ? null : d(closing), null, null, List.of(), null, List.of());
    }

    static Figures stating(String income, StatedChange... changes) {
        return new Figures(income == null ? null : d(income), null, null, null, Map.of(), Map.of(), null, null, null, null, null, null,
                List.of(changes), null, List.of());
    }

    static Figures lastYearColumns(String income, String lastIncome) {
        return new Figures(d(income), null, null, null, Map.of(), Map.of(), null, null, null, null,
                new org.gongkai.core.budget.PreviousYear(d(lastIncome), null, null, null), null, List.of(), null, List.of());
    }

    static Figures tables(String fingerprint) {
        return new Figures(null, null, null, null, Map.of(), Map.of(), null, null, null, null, null, null, List.of(), fingerprint, List.of());
    }

    static ThreePublicAmounts three(String abroad, String operation, String reception) {
        return new ThreePublicAmounts(null, d(abroad), null, d(operation), d(reception));
    }

    static Region region(Filed... documents) {
        return new Region(List.of(documents), Roster.none(), null);
    }

    static Region region(Roster roster, Filed... documents) {
        return new Region(List.of(documents), roster, null);
    }

    static Roster roster(String csv) {
        return Roster.parse("roster.csv", csv);
    }
}
