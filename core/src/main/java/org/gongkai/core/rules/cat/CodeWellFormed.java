package org.gongkai.core.rules.cat;

import java.util.List;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/** R-CAT-01: a function code has 3, 5 or 7 digits (类/款/项); an economic code 3 or 5. */
public final class CodeWellFormed extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    public CodeWellFormed() {
        super("R-CAT-01", Severity.ERROR, "科目编码位数正确：功能分类 3/5/7 位，经济分类 3/5 位", "科目编码 20101301 为 8 位，不是有效的功能分类科目编码");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        return CodedRows.of(disclosure).stream().filter(r -> !r.wellFormed())
                .map(r -> finding(Locations.row(r.table(), r.row()), "科目编码 " + r.code() + " 为 " + r.code().length()
                        + " 位，不是有效的" + r.kind() + "编码"))
                .toList();
    }
}
