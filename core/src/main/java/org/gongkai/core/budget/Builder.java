package org.gongkai.core.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.FunctionCode;

/** Assembles a {@link DepartmentBudget} step by step (fixtures, importers, generators). */
public final class Builder {

    private final int year;
    private final Department department;
    private final List<Unit> units = new ArrayList<>();
    private final List<Income> incomes = new ArrayList<>();
    private final List<ExpenditureLine> expenditures = new ArrayList<>();
    private final List<BasicEconomicLine> basicEconomic = new ArrayList<>();
    private final List<CarryForward> carryForward = new ArrayList<>();
    private final List<ThreePublicBySource> threePublic = new ArrayList<>();
    private ThreePublicAmounts threePublicLastYear;
    private BigDecimal operatingCost;
    private final List<Project> projects = new ArrayList<>();
    private DepartmentPerformance performance;
    private final List<ProcurementItem> procurement = new ArrayList<>();
    private Assets assets;
    private final Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
    private PreviousYear previousYear;

    Builder(int year, Department department) {
        this.year = year;
        this.department = department;
    }

    /** A builder holding everything of an existing model, to derive a changed copy. */
    static Builder from(DepartmentBudget model) {
        Builder builder = new Builder(model.year(), model.department());
        builder.units.addAll(model.units());
        builder.incomes.addAll(model.incomes());
        builder.expenditures.addAll(model.expenditures());
        builder.basicEconomic.addAll(model.basicEconomic());
        builder.carryForward.addAll(model.carryForward());
        builder.threePublic.addAll(model.threePublic());
        builder.threePublicLastYear = model.threePublicLastYear();
        builder.operatingCost = model.operatingCost();
        builder.projects.addAll(model.projects());
        builder.performance = model.performance();
        builder.procurement.addAll(model.procurement());
        builder.assets = model.assets();
        builder.narrative.putAll(model.narrative());
        builder.previousYear = model.previousYear();
        return builder;
    }

    public Builder projects(List<Project> replacement) {
        return replace(projects, replacement);
    }

    public Builder units(List<Unit> replacement) {
        return replace(units, replacement);
    }

    public Builder incomes(List<Income> replacement) {
        return replace(incomes, replacement);
    }

    public Builder expenditures(List<ExpenditureLine> replacement) {
        return replace(expenditures, replacement);
    }

    public Builder basicEconomic(List<BasicEconomicLine> replacement) {
        return replace(basicEconomic, replacement);
    }

    public Builder threePublic(List<ThreePublicBySource> replacement) {
        return replace(threePublic, replacement);
    }

    private <T> Builder replace(List<T> list, List<T> replacement) {
        list.clear();
        list.addAll(replacement);
        return this;
    }

    public Builder procurement(List<ProcurementItem> replacement) {
        return replace(procurement, replacement);
    }

    /** Sets or, with null text, removes a section. */
    public Builder narrative(Map<NarrativeSection, String> sections) {
        sections.forEach(this::narrative);
        return this;
    }

    public Builder unit(Unit unit) {
        units.add(unit);
        return this;
    }

    public Builder income(FundingSource source, String amount) {
        incomes.add(new Income(source, Money.of(amount), false));
        return this;
    }

    public Builder income(Income income) {
        incomes.add(income);
        return this;
    }

    public Builder expenditure(String functionCode, ExpenditureKind kind, FundingSource source, String amount) {
        expenditures.add(new ExpenditureLine(FunctionCode.of(functionCode), kind, source, Money.of(amount)));
        return this;
    }

    public Builder expenditure(ExpenditureLine line) {
        expenditures.add(line);
        return this;
    }

    public Builder basic(String economicCode, BasicCostKind kind, String amount) {
        basicEconomic.add(new BasicEconomicLine(EconomicCode.of(economicCode), kind, Money.of(amount)));
        return this;
    }

    public Builder basic(BasicEconomicLine line) {
        basicEconomic.add(line);
        return this;
    }

    public Builder carryForward(CarryForward line) {
        carryForward.add(line);
        return this;
    }

    public Builder threePublic(FundingSource source, ThreePublicAmounts amounts) {
        threePublic.add(new ThreePublicBySource(source, amounts));
        return this;
    }

    public Builder threePublicLastYear(ThreePublicAmounts amounts) {
        threePublicLastYear = amounts;
        return this;
    }

    public Builder operatingCost(BigDecimal amount) {
        operatingCost = amount;
        return this;
    }

    public Builder project(Project project) {
        projects.add(project);
        return this;
    }

    public Builder performance(DepartmentPerformance value) {
        performance = value;
        return this;
    }

    public Builder procurement(ProcurementItem item) {
        procurement.add(item);
        return this;
    }

    public Builder assets(Assets value) {
        assets = value;
        return this;
    }

    public Builder narrative(NarrativeSection section, String text) {
        if (text == null) {
            narrative.remove(section);
        } else {
            narrative.put(section, text);
        }
        return this;
    }

    public Builder previousYear(PreviousYear value) {
        previousYear = value;
        return this;
    }

    public DepartmentBudget build() {
        return new DepartmentBudget(year, department, units, incomes, expenditures, basicEconomic, carryForward,
                threePublic, threePublicLastYear, operatingCost, projects, performance, procurement, assets,
                narrative, previousYear);
    }
}
