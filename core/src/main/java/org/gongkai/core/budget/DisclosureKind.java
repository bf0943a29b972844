package org.gongkai.core.budget;

/**
 * What a disclosure publishes: a year's budget (部门预算), or, a year later, how it was executed (部门决算). Both are
 * published by the same departments, in the same nine-table form, through the same workflow and inspection.
 */
public enum DisclosureKind {
    BUDGET("部门预算", "预算"), FINAL_ACCOUNTS("部门决算", "决算");

    private final String chinese;
    private final String shortName;

    DisclosureKind(String chinese, String shortName) {
        this.chinese = chinese;
        this.shortName = shortName;
    }

    /** 部门预算 or 部门决算. */
    public String chinese() {
        return chinese;
    }

    /** 预算 or 决算, as table titles and headings use it. */
    public String shortName() {
        return shortName;
    }
}
