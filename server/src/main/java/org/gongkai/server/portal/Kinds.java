package org.gongkai.server.portal;

import org.gongkai.core.budget.DisclosureKind;

/**
 * Where each kind's tables stand on a department-year's page, which shows a budget and its 决算 side by side: their
 * anchors must not meet, and the search links into them by these. (The kinds' names are core's, {@link DisclosureKind}.)
 */
final class Kinds {

    private Kinds() {
    }

    /** The section of a kind's nine tables: 「#tables」 for a budget's, 「#accounts-tables」 for a 决算's. */
    static String tablesSection(DisclosureKind kind) {
        return kind == DisclosureKind.BUDGET ? "tables" : "accounts-tables";
    }

    /** The anchor of a table's section, before its number: 「#table-1」 for a budget's, 「#accounts-table-1」 for a 决算's. */
    static String tableAnchor(DisclosureKind kind) {
        return kind == DisclosureKind.BUDGET ? "table-" : "accounts-table-";
    }

    /** The prefix of a table row's id, before the table's number and the row: 「t1-3」 in a budget, 「a1-3」 in a 决算. */
    static String rowPrefix(DisclosureKind kind) {
        return kind == DisclosureKind.BUDGET ? "t" : "a";
    }
}
