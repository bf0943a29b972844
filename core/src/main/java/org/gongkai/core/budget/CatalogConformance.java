package org.gongkai.core.budget;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.YearCatalog;

/**
 * Checks that every code of a model exists in its year's catalog, together with its 款 and 类, so the tables
 * can roll it up. Returns problems with JSON paths; an empty list means the model is usable.
 */
public final class CatalogConformance {

    private final ClassificationCatalog catalog;

    public CatalogConformance(ClassificationCatalog catalog) {
        this.catalog = catalog;
    }

    public List<ModelProblem> check(DepartmentBudget budget) {
        if (!ClassificationCatalog.supports(budget.year())) {
            return List.of(new ModelProblem("year", "预算年度 " + budget.year() + " 超出分类目录覆盖范围 "
                    + ClassificationCatalog.FIRST_YEAR + "–" + ClassificationCatalog.LAST_YEAR));
        }
        YearCatalog year = catalog.forYear(budget.year());
        List<ModelProblem> problems = new ArrayList<>();
        for (int i = 0; i < budget.expenditures().size(); i++) {
            checkFunction(year, budget.expenditures().get(i).functionCode(), "expenditures[" + i + "].functionCode", problems);
        }
        for (int i = 0; i < budget.basicEconomic().size(); i++) {
            checkEconomic(year, budget.basicEconomic().get(i).economicCode(), "basicEconomic[" + i + "].economicCode", problems);
        }
        return problems;
    }

    public void requireConforming(DepartmentBudget budget, String source) {
        List<ModelProblem> problems = check(budget);
        if (!problems.isEmpty()) {
            throw new InvalidModelException(source, problems);
        }
    }

    private static void checkFunction(YearCatalog year, FunctionCode code, String path, List<ModelProblem> problems) {
        if (!year.hasFunction(code)) {
            problems.add(new ModelProblem(path, "功能分类科目 " + code + " 不在 " + year.year() + " 年支出功能分类科目中"));
            return;
        }
        for (FunctionCode parent = code.parent().orElse(null); parent != null; parent = parent.parent().orElse(null)) {
            if (!year.hasFunction(parent)) {
                problems.add(new ModelProblem(path, "项 " + code + " 的上级科目 " + parent + " 不在 "
                        + year.year() + " 年目录中，无法汇总"));
            }
        }
    }

    private static void checkEconomic(YearCatalog year, EconomicCode code, String path, List<ModelProblem> problems) {
        if (year.economic(code).isEmpty()) {
            problems.add(new ModelProblem(path, "经济分类科目 " + code + " 不在 " + year.year() + " 年部门支出经济分类科目中"));
        } else if (code.parent().flatMap(year::economic).isEmpty()) {
            problems.add(new ModelProblem(path, "款 " + code + " 的上级类不在 " + year.year() + " 年目录中，无法汇总"));
        }
    }
}
