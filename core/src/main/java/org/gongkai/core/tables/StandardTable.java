package org.gongkai.core.tables;

import org.gongkai.core.budget.DisclosureKind;

import org.gongkai.core.layout.Layouts;

/**
 * The nine tables every department budget disclosure publishes, and the nine of its final accounts (部门决算). Their official numbers and titles are layout data
 * (core/layout/tables.tsv), in one place with every region's variants.
 */
public enum StandardTable {
    SUMMARY, INCOME, EXPENDITURE, FISCAL_SUMMARY, GENERAL_PUBLIC_EXPENDITURE, GENERAL_PUBLIC_BASIC,
    GOVERNMENT_FUND_EXPENDITURE, STATE_CAPITAL_EXPENDITURE, THREE_PUBLIC,
    ACCOUNTS_SUMMARY, ACCOUNTS_INCOME, ACCOUNTS_EXPENDITURE, ACCOUNTS_FISCAL_SUMMARY, ACCOUNTS_GENERAL_PUBLIC_EXPENDITURE,
    ACCOUNTS_GENERAL_PUBLIC_BASIC, ACCOUNTS_GOVERNMENT_FUND, ACCOUNTS_STATE_CAPITAL, ACCOUNTS_THREE_PUBLIC;

    private static final java.util.Map<DisclosureKind, java.util.List<StandardTable>> BY_KIND = new java.util.EnumMap<>(
            java.util.Arrays.stream(values()).collect(java.util.stream.Collectors.groupingBy(StandardTable::disclosureKind,
                    () -> new java.util.EnumMap<>(DisclosureKind.class), java.util.stream.Collectors.toUnmodifiableList())));

    /** The nine tables of a budget, or of a final accounts package, in their official order. */
    public static java.util.List<StandardTable> of(DisclosureKind kind) {
        return BY_KIND.getOrDefault(kind, java.util.List.of());
    }

    /** Whether a budget or a final accounts package publishes this table. */
    public DisclosureKind disclosureKind() {
        return Layouts.builtIn().table(name()).kind();
    }

    public int number() {
        return Layouts.builtIn().table(name()).number();
    }

    public String title() {
        return Layouts.builtIn().table(name()).title();
    }
}
