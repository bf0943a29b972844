package org.gongkai.core.rules.sum;

/** R-SUM-01: every 类 row equals the sum of its 款 rows, in every column. */
public final class ClassRowEqualsSumOfSections extends ParentRowsAddUp {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    public ClassRowEqualsSumOfSections() {
        super("R-SUM-01", "按科目编码列示的表中，每个类级科目行 = 其下各款级科目行之和（每一列）",
                "201 为 8309.97，但其下各款之和为 8300.00（相差 9.97）", 3, "款");
    }
}
