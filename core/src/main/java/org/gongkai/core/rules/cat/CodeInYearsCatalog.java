package org.gongkai.core.rules.cat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.ModelProblem;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/**
 * R-CAT-02: every code belongs to a class (类) of the budget year's catalog — a code under no class cannot be rolled up
 * and is wrong. A 款 or 项 the catalog in force does not hold is only a warning (R-CAT-08): it may be new that year.
 */
public final class CodeInYearsCatalog extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    public CodeInYearsCatalog() {
        super("R-CAT-02", Severity.ERROR, "科目编码所属的类在该预算年度的分类目录中存在", "功能分类科目 2990101 的类 299 不在 2023 年支出功能分类科目中");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        // A published document's codes are judged where it prints them, on its table rows, not twice.
        List<ModelProblem> modelProblems = disclosure.isPublished() && disclosure.hasTables() ? List.of() : disclosure.catalogProblems();
        for (ModelProblem problem : modelProblems) {
            findings.add(finding("模型 " + problem.path(), problem.message()));
        }
        disclosure.catalog().ifPresent(catalog -> CodedRows.of(disclosure).stream()
                .filter(r -> r.wellFormed() && r.classEntry(catalog).isEmpty() && (!r.economic() || catalog.holdsEconomics()))
                .forEach(r -> findings.add(finding(Locations.row(r.table(), r.row()),
                        r.kind() + " " + r.code() + " 的类 " + r.code().substring(0, 3) + " 不在 " + catalog.year() + " 年目录中"))));
        return findings;
    }
}
