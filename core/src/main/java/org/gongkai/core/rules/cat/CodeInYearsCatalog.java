package org.gongkai.core.rules.cat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.ModelProblem;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/** R-CAT-02: every code of the model and of the tables exists in the budget year's catalog. */
public final class CodeInYearsCatalog extends BaseRule {

    public CodeInYearsCatalog() {
        super("R-CAT-02", Severity.ERROR, "科目编码在该预算年度的分类目录中存在", "功能分类科目 2010398 不在 2023 年支出功能分类科目中");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        for (ModelProblem problem : disclosure.catalogProblems()) {
            findings.add(finding("模型 " + problem.path(), problem.message()));
        }
        disclosure.catalog().ifPresent(catalog -> CodedRows.of(disclosure).stream()
                .filter(r -> r.wellFormed() && r.entry(catalog).isEmpty())
                .forEach(r -> findings.add(finding(Locations.row(r.table(), r.row()),
                        r.kind() + " " + r.code() + " 不在 " + catalog.year() + " 年目录中"))));
        return findings;
    }

}
