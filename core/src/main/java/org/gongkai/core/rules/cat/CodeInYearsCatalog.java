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
        // A published document's codes are judged where it prints them, on its table rows, not twice.
        List<ModelProblem> modelProblems = disclosure.isPublished() && disclosure.hasTables() ? List.of() : disclosure.catalogProblems();
        for (ModelProblem problem : modelProblems) {
            java.util.regex.Matcher code = CODE.matcher(problem.message());
            boolean judged = disclosure.catalog().map(catalog -> !code.find()
                    || covered(catalog, code.group(1), problem.message().contains("经济分类"))).orElse(true);
            if (judged) {
                findings.add(finding("模型 " + problem.path(), problem.message()));
            }
        }
        disclosure.catalog().ifPresent(catalog -> CodedRows.of(disclosure).stream()
                .filter(r -> r.wellFormed() && r.entry(catalog).isEmpty() && covered(catalog, r))
                .forEach(r -> findings.add(finding(Locations.row(r.table(), r.row()),
                        r.kind() + " " + r.code() + " 不在 " + catalog.year() + " 年目录中"))));
        return findings;
    }

    /**
     * The built-in catalog can only refuse a code of a class whose 款 and 项 it holds: for a class it lists without
     * them, a code it does not know is not known to be wrong (docs/catalog.md lists what the catalog covers).
     */
    private static boolean covered(org.gongkai.core.classification.YearCatalog catalog, CodedRows row) {
        return covered(catalog, row.code(), row.economic());
    }

    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("科目 (\\d{3,7})");

    private static boolean covered(org.gongkai.core.classification.YearCatalog catalog, String code, boolean economic) {
        java.util.Map<String, ?> inForce = economic ? catalog.economicsInForce() : catalog.functionsInForce();
        if (code.length() <= 3) {
            return true; // every 类 is in the catalog: an unknown one is wrong
        }
        // The built-in catalog lists some 款 of a 类 and some 项 of a 款: it judges a code only under a parent whose
        // children it holds (docs/catalog.md), so a code it was never given is not called wrong.
        String parent = code.substring(0, code.length() - 2);
        return inForce.containsKey(parent) && inForce.keySet().stream().anyMatch(known -> known.length() == code.length()
                && known.startsWith(parent)) && (code.length() > 5 || economic);
    }
}
