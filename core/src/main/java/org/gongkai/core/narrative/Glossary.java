package org.gongkai.core.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.Income;
import org.gongkai.core.classification.CatalogEntry;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.YearCatalog;

/** 名词解释 drafted from the catalog for exactly what the budget uses: its income types, concepts and function codes. */
public final class Glossary {

    private Glossary() {
    }

    public static String draft(DepartmentBudget model) {
        if (!ClassificationCatalog.supports(model.year())) {
            return "";
        }
        YearCatalog catalog = ClassificationCatalog.builtIn().forYear(model.year());
        List<String> lines = new ArrayList<>();
        model.incomes().stream().map(Income::source).distinct().forEach(source -> catalog.incomeType(source.name())
                .filter(CatalogEntry::hasGlossary).ifPresent(e -> lines.add(term(lines.size() + 1, e))));
        for (String id : List.of("BASIC_EXPENDITURE", "PROJECT_EXPENDITURE", "THREE_PUBLIC", "OPERATING_COST")) {
            catalog.glossaryTerm(id).ifPresent(e -> lines.add(term(lines.size() + 1, e)));
        }
        TreeSet<String> codes = new TreeSet<>();
        for (ExpenditureLine line : model.expenditures()) {
            for (FunctionCode code = line.functionCode(); code != null; code = code.parent().orElse(null)) {
                codes.add(code.value());
            }
        }
        if (!codes.isEmpty()) {
            lines.add((lines.size() + 1) + "、功能分类名词解释：");
            lines.add("功能编码\t功能名称\t名词解释");
            for (String code : codes) {
                catalog.function(code).ifPresent(e -> lines.add(code + "\t" + e.name() + "\t" + e.glossary()));
            }
        }
        return String.join("\n", lines);
    }

    private static String term(int number, CatalogEntry entry) {
        return number + "、" + entry.name() + "：" + entry.glossary();
    }
}
