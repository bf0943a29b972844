package org.gongkai.core.budget;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One department's budget disclosure for one year: everything the nine tables, the explanation and the
 * performance targets are made from. Figures in 万元. Derived totals live in {@link BudgetFigures}.
 */
public record DepartmentBudget(
        int year,
        Department department,
        List<Unit> units,
        List<Income> incomes,
        List<ExpenditureLine> expenditures,
        List<BasicEconomicLine> basicEconomic,
        List<CarryForward> carryForward,
        List<ThreePublicBySource> threePublic,
        ThreePublicAmounts threePublicLastYear,
        BigDecimal operatingCost,
        List<Project> projects,
        DepartmentPerformance performance,
        List<ProcurementItem> procurement,
        Assets assets,
        Map<NarrativeSection, String> narrative,
        PreviousYear previousYear) {

    public DepartmentBudget {
        if (year < 1949 || year > 2999) {
            throw new IllegalArgumentException("year 预算年度应为四位年份，实际为 " + year);
        }
        Objects.requireNonNull(department, "department 部门不能为空");
        units = Text.list(units);
        incomes = Text.list(incomes);
        expenditures = Text.list(expenditures);
        basicEconomic = Text.list(basicEconomic);
        carryForward = Text.list(carryForward);
        threePublic = Text.list(threePublic);
        operatingCost = Money.normalize(operatingCost, "operatingCost");
        projects = Text.list(projects);
        performance = performance == null ? DepartmentPerformance.NONE : performance;
        procurement = Text.list(procurement);
        narrative = narrative == null || narrative.isEmpty()
                ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(narrative));
    }

    public static Builder builder(int year, Department department) {
        return new Builder(year, department);
    }

    /** A builder holding this model, to derive a changed copy. */
    public Builder toBuilder() {
        return Builder.from(this);
    }

    public BudgetFigures figures() {
        return new BudgetFigures(this);
    }

    public String narrative(NarrativeSection section) {
        return narrative.get(section);
    }
}
