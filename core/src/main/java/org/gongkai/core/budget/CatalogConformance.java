package org.gongkai.core.budget;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.YearCatalog;

/**
 * Checks that every code of a model can be rolled up in its year: its 类 exists (a code under no class is wrong). A
 * well-formed 款 or 项 the catalog in force does not hold is not fatal — it may be new this year, before the official
 * catalog is loaded — and is listed by {@link #unknown} for a warning. Problems carry JSON paths; an empty list means
 * the model is usable.
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

    /** The model's well-formed codes under a known class that the year's catalog does not hold. */
    public List<ModelProblem> unknown(DepartmentBudget budget) {
        if (!ClassificationCatalog.supports(budget.year())) {
            return List.of();
        }
        YearCatalog year = catalog.forYear(budget.year());
        List<ModelProblem> unknown = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < budget.expenditures().size(); i++) {
            FunctionCode code = budget.expenditures().get(i).functionCode();
            if (!year.hasFunction(code) && seen.add(code.value())) {
                unknown.add(new ModelProblem("expenditures[" + i + "].functionCode", "功能分类科目 " + code + " 不在内置的 "
                        + year.year() + " 年支出功能分类科目中"));
            }
        }
        for (int i = 0; i < budget.basicEconomic().size(); i++) {
            EconomicCode code = budget.basicEconomic().get(i).economicCode();
            if (year.economic(code).isEmpty() && seen.add(code.value())) {
                unknown.add(new ModelProblem("basicEconomic[" + i + "].economicCode", "经济分类科目 " + code + " 不在内置的 "
                        + year.year() + " 年部门支出经济分类科目中"));
            }
        }
        return unknown;
    }

    private static void checkFunction(YearCatalog year, FunctionCode code, String path, List<ModelProblem> problems) {
        FunctionCode root = code;
        while (root.parent().isPresent()) {
            root = root.parent().get();
        }
        if (!year.hasFunction(root)) {
            problems.add(new ModelProblem(path, "功能分类科目 " + code + " 的类 " + root + " 不在 " + year.year() + " 年支出功能分类科目中"));
        }
    }

    private static void checkEconomic(YearCatalog year, EconomicCode code, String path, List<ModelProblem> problems) {
        EconomicCode root = code.parent().orElse(code);
        if (!year.economicClassKnownOrUnjudged(code.value())) {
            problems.add(new ModelProblem(path, "经济分类科目 " + code + " 的类 " + root + " 不在 " + year.year() + " 年部门支出经济分类科目中"));
        }
    }
}
