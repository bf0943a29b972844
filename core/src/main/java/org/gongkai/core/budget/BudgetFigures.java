package org.gongkai.core.budget;

import java.math.BigDecimal;
import java.util.function.Predicate;

/** Headline figures derived from a {@link DepartmentBudget}; nothing here is stored. */
public final class BudgetFigures {

    private final DepartmentBudget budget;

    BudgetFigures(DepartmentBudget budget) {
        this.budget = budget;
    }

    /** 本年收入合计: this year's income of every type, without 上年结转. */
    public BigDecimal incomeThisYear() {
        return Money.sum(budget.incomes().stream().filter(i -> !i.carriedOver()).toList(), Income::amount);
    }

    public BigDecimal incomeCarriedOver() {
        return Money.sum(budget.incomes().stream().filter(Income::carriedOver).toList(), Income::amount);
    }

    /** 收入总计. */
    public BigDecimal incomeTotal() {
        return incomeThisYear().add(incomeCarriedOver());
    }

    public BigDecimal income(FundingSource source, boolean carriedOver) {
        return Money.sum(budget.incomes().stream()
                .filter(i -> i.source() == source && i.carriedOver() == carriedOver).toList(), Income::amount);
    }

    /** 本年支出合计. */
    public BigDecimal expenditureThisYear() {
        return expenditure(line -> true);
    }

    public BigDecimal carryForwardTotal() {
        return Money.sum(budget.carryForward(), CarryForward::amount);
    }

    /** 支出总计. */
    public BigDecimal expenditureTotal() {
        return expenditureThisYear().add(carryForwardTotal());
    }

    public BigDecimal expenditure(Predicate<ExpenditureLine> filter) {
        return Money.sum(budget.expenditures().stream().filter(filter).toList(), ExpenditureLine::amount);
    }

    public BigDecimal basic() {
        return expenditure(line -> line.kind() == ExpenditureKind.BASIC);
    }

    public BigDecimal project() {
        return expenditure(line -> line.kind() == ExpenditureKind.PROJECT);
    }

    public BigDecimal personnel() {
        return basicEconomic(BasicCostKind.PERSONNEL);
    }

    public BigDecimal publicFunds() {
        return basicEconomic(BasicCostKind.PUBLIC);
    }

    public BigDecimal basicEconomicTotal() {
        return Money.sum(budget.basicEconomic(), BasicEconomicLine::amount);
    }

    private BigDecimal basicEconomic(BasicCostKind kind) {
        return Money.sum(budget.basicEconomic().stream().filter(l -> l.kind() == kind).toList(),
                BasicEconomicLine::amount);
    }

    /** This year's "三公" 经费 over every fiscal source. */
    public ThreePublicAmounts threePublic() {
        ThreePublicAmounts total = ThreePublicAmounts.NONE;
        for (ThreePublicBySource part : budget.threePublic()) {
            total = total.plus(part.amounts());
        }
        return total;
    }

    public BigDecimal projectsTotal() {
        return Money.sum(budget.projects(), Project::amount);
    }

    public BigDecimal procurementTotal() {
        return Money.sum(budget.procurement(), ProcurementItem::amount);
    }
}
