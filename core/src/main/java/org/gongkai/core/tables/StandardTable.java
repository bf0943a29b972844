package org.gongkai.core.tables;

/** The nine tables every department budget disclosure publishes, with their official numbers and titles. */
public enum StandardTable {
    SUMMARY(1, "部门预算收支总表"),
    INCOME(2, "部门预算收入总表"),
    EXPENDITURE(3, "部门预算支出总表"),
    FISCAL_SUMMARY(4, "部门预算财政拨款收支总表"),
    GENERAL_PUBLIC_EXPENDITURE(5, "部门预算一般公共预算财政拨款支出表"),
    GENERAL_PUBLIC_BASIC(6, "部门预算一般公共预算财政拨款基本支出表"),
    GOVERNMENT_FUND_EXPENDITURE(7, "部门预算政府性基金预算财政拨款支出表"),
    STATE_CAPITAL_EXPENDITURE(8, "部门预算国有资本经营预算财政拨款支出表"),
    THREE_PUBLIC(9, "部门预算财政拨款“三公”经费支出表");

    private final int number;
    private final String title;

    StandardTable(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public int number() {
        return number;
    }

    /** The official title, from the layout data (core/layout/tables.tsv); the enum's own is its fallback. */
    public String title() {
        return org.gongkai.core.layout.Layouts.builtIn().tables().stream().filter(l -> l.id().equals(name()))
                .map(org.gongkai.core.layout.TableLayout::title).findFirst().orElse(title);
    }
}
