package org.gongkai.core.budget;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A department's next budget started from this one, as a clerk starts each year: this year's figures become last
 * year's (比上年增减, the "三公" 上年 column), the lists that usually carry over (units, lines, projects and their targets,
 * procurement, assets, duties) are kept as a starting point and marked for review, and the explanation's data-bound
 * sections are emptied so they are drafted again from the new figures instead of repeating last year's numbers.
 */
public final class RollForward {

    /** The parts of the workspace a rolled-forward draft marks "沿用上年，待核对", in the order the page shows them. */
    public enum Part {
        UNITS("机构设置"), INCOMES("收入"), LINES("支出"), BASIC("基本支出"), THREE_PUBLIC("“三公”经费与机关运行经费"),
        PROJECTS("项目支出与绩效目标"), PERFORMANCE("部门整体绩效目标"), PROCUREMENT("政府采购"), ASSETS("国有资产"),
        NARRATIVE("部门预算情况说明");

        private final String chinese;

        Part(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    /** The new year's draft and the parts holding last year's content. */
    public record Result(DepartmentBudget model, Set<Part> toReview) {
    }

    /** Sections written by the department that stay true from year to year; the others restate figures. */
    private static final Set<NarrativeSection> LASTING = EnumSet.of(NarrativeSection.DUTIES, NarrativeSection.ORGANIZATION,
            NarrativeSection.GLOSSARY);

    private RollForward() {
    }

    public static Result nextYear(DepartmentBudget thisYear) {
        BudgetFigures figures = thisYear.figures();
        Builder next = DepartmentBudget.builder(thisYear.year() + 1, thisYear.department())
                .units(thisYear.units()).incomes(thisYear.incomes()).expenditures(thisYear.expenditures())
                .basicEconomic(thisYear.basicEconomic()).threePublic(thisYear.threePublic())
                .threePublicLastYear(figures.threePublic()).operatingCost(thisYear.operatingCost())
                .projects(thisYear.projects()).procurement(thisYear.procurement()).assets(thisYear.assets())
                .previousYear(new PreviousYear(figures.incomeTotal(), figures.expenditureTotal(), figures.basic(), figures.project()));
        if (thisYear.performance() != null) {
            next.performance(thisYear.performance());
        }
        thisYear.narrative().forEach((section, text) -> {
            if (LASTING.contains(section)) {
                next.narrative(section, text);
            }
        });
        Set<Part> toReview = new LinkedHashSet<>();
        for (Part part : Part.values()) {
            if (holds(thisYear, part)) {
                toReview.add(part);
            }
        }
        return new Result(next.build(), toReview);
    }

    private static boolean holds(DepartmentBudget model, Part part) {
        return switch (part) {
            case UNITS -> !model.units().isEmpty();
            case INCOMES -> !model.incomes().isEmpty();
            case LINES -> !model.expenditures().isEmpty();
            case BASIC -> !model.basicEconomic().isEmpty();
            case THREE_PUBLIC -> !model.threePublic().isEmpty() || model.operatingCost() != null;
            case PROJECTS -> !model.projects().isEmpty();
            case PERFORMANCE -> model.performance() != null && !model.performance().overallGoals().isEmpty();
            case PROCUREMENT -> !model.procurement().isEmpty();
            case ASSETS -> model.assets() != null;
            case NARRATIVE -> model.narrative().keySet().stream().anyMatch(LASTING::contains);
        };
    }
}
