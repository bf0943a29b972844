package org.gongkai.core.accounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.gongkai.core.budget.BudgetFigures;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.ThreePublicAmounts;

/**
 * One department's final accounts (部门决算) for one year.
 *
 * <p>{@code actuals} is the part a 决算 shares with a budget, in the budget's own shape, holding the 决算数: the year's
 * income by source, expenditure by 项 × kind × source, basic spending by economic 款, "三公" and 机关运行经费 as spent,
 * procurement, state assets at year end, projects and the explanation. Everything that reads a budget (catalog
 * conformance, the stated-figure extraction, the exporters' frame) reads it unchanged.
 *
 * <p>Beside it, what only a 决算 has: {@code budgeted}, the 年初预算数 and 调整预算数 each 项 was executed against;
 * {@code balances}; the "三公" budget and physical figures; procurement by kind; the self-evaluations.
 */
public record FinalAccounts(DepartmentBudget actuals, List<BudgetedLine> budgeted, Balances balances,
                            ThreePublicAmounts threePublicBudget, ThreePublicCounts threePublicCounts,
                            ProcurementSplit procurement, List<SelfEvaluation> evaluations) {

    public FinalAccounts {
        Objects.requireNonNull(actuals, "actuals 决算数不能为空");
        budgeted = budgeted == null ? List.of() : List.copyOf(budgeted);
        balances = balances == null ? Balances.NONE : balances;
        threePublicBudget = threePublicBudget == null ? ThreePublicAmounts.NONE : threePublicBudget;
        threePublicCounts = threePublicCounts == null ? ThreePublicCounts.NONE : threePublicCounts;
        procurement = procurement == null ? ProcurementSplit.NONE : procurement;
        evaluations = evaluations == null ? List.of() : List.copyOf(evaluations);
    }

    public int year() {
        return actuals.year();
    }

    /** The 决算 figures a budget's figures are computed the same way for (totals, basic, project, by class). */
    public BudgetFigures figures() {
        return actuals.figures();
    }

    /** 本年收入合计: the year's income, without balances carried in. */
    public BigDecimal incomeTotal() {
        return Money.sum(actuals.incomes().stream().filter(i -> !i.carriedOver()).toList(), Income::amount);
    }

    /** 本年支出合计. */
    public BigDecimal expenditureTotal() {
        return Money.sum(actuals.expenditures(), ExpenditureLine::amount);
    }

    /** 决算数 of the lines that match, e.g. one source's or one class's. */
    public BigDecimal spent(Predicate<ExpenditureLine> which) {
        return Money.sum(actuals.expenditures().stream().filter(which).toList(), ExpenditureLine::amount);
    }

    /** 年初预算数 of the budgeted lines that match; zero where none was budgeted. */
    public BigDecimal initialBudget(Predicate<BudgetedLine> which) {
        return Money.sum(budgeted.stream().filter(which).toList(), l -> Money.orZero(l.initial()));
    }

    /** 调整预算数 (全年预算数) of the budgeted lines that match, 年初预算数 where no adjusted figure is given. */
    public BigDecimal finalBudget(Predicate<BudgetedLine> which) {
        return Money.sum(budgeted.stream().filter(which).toList(), l -> Money.orZero(l.finalBudget()));
    }

    /** 收入支出决算总计 on each side: the year's income and expenditure with the balances and flows that close them. */
    public BigDecimal grandTotalIncomeSide() {
        return incomeTotal().add(Money.orZero(balances.nonFiscalSurplusUsed())).add(Money.orZero(balances.careerFundUsed()))
                .add(balances.openingTotal());
    }

    public BigDecimal grandTotalExpenditureSide() {
        return expenditureTotal().add(Money.orZero(balances.surplusDistribution())).add(balances.closingTotal());
    }

    /** The fiscal appropriation a line is paid from. */
    public static Predicate<ExpenditureLine> fromSource(FundingSource source) {
        return line -> line.source() == source;
    }
}
