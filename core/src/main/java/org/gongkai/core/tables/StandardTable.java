package org.gongkai.core.tables;

import org.gongkai.core.layout.Layouts;

/**
 * The nine tables every department budget disclosure publishes. Their official numbers and titles are layout data
 * (core/layout/tables.tsv), in one place with every region's variants.
 */
public enum StandardTable {
    SUMMARY, INCOME, EXPENDITURE, FISCAL_SUMMARY, GENERAL_PUBLIC_EXPENDITURE, GENERAL_PUBLIC_BASIC,
    GOVERNMENT_FUND_EXPENDITURE, STATE_CAPITAL_EXPENDITURE, THREE_PUBLIC;

    public int number() {
        return Layouts.builtIn().table(name()).number();
    }

    public String title() {
        return Layouts.builtIn().table(name()).title();
    }
}
