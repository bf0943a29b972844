package org.gongkai.core.rules;

import java.util.List;

/**
 * One check of a disclosure. A rule never throws for a failed check: it returns findings, an empty list
 * when all is well, and stays silent where the disclosure lacks what it would check (another rule reports
 * the absence).
 */
public interface Rule {

    /** Stable id, e.g. {@code R-SUM-03}: family and number. */
    String id();

    Severity severity();

    /** What must hold, in Chinese, for the catalogue. */
    String description();

    /** A sample finding message, for the catalogue. */
    String example();

    List<Finding> check(Disclosure disclosure);

    /**
     * The kinds of disclosure the rule checks. Most rules read a budget's own tables and wording; a rule that checks
     * what budgets and final accounts share (codes, units, markup, the tables' arithmetic by code) says so.
     */
    default java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return BUDGET_ONLY;
    }

    java.util.Set<org.gongkai.core.budget.DisclosureKind> BUDGET_ONLY = java.util.Set.of(org.gongkai.core.budget.DisclosureKind.BUDGET);
    java.util.Set<org.gongkai.core.budget.DisclosureKind> FINAL_ACCOUNTS_ONLY =
            java.util.Set.of(org.gongkai.core.budget.DisclosureKind.FINAL_ACCOUNTS);
    java.util.Set<org.gongkai.core.budget.DisclosureKind> EVERY_KIND =
            java.util.Set.of(org.gongkai.core.budget.DisclosureKind.BUDGET, org.gongkai.core.budget.DisclosureKind.FINAL_ACCOUNTS);
}
