package org.gongkai.core.rules.sum;

/** R-SUM-02: every 款 row equals the sum of its 项 rows, in every column. */
public final class SectionRowEqualsSumOfItems extends ParentRowsAddUp {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    public SectionRowEqualsSumOfItems() {
        super("R-SUM-02", "按功能分类科目列示的表中，每个款级科目行 = 其下各项级科目行之和（每一列）",
                "20103 为 8001.97，但其下各项之和为 8000.00（相差 1.97）", 5, "项");
    }
}
