package org.gongkai.server.accounts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.accounts.Balances;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.CarryForward;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.classification.FunctionCode;

/**
 * The first draft of a year's 决算. Started from the budget published for that year, every 项 × kind × source of the
 * budget becomes a budgeted line at its 年初预算数, and the 决算数 start equal to the budget's figures (income, expenditure,
 * basic spending by economic 款, "三公", 机关运行经费, units): the department then changes what was executed otherwise.
 * What a budget states about itself — its explanation, performance targets, last year's figures — is not carried:
 * it is not true of the 决算. Framework-free.
 */
public final class AccountsStart {

    private AccountsStart() {
    }

    /** Final accounts with nothing in them yet, to be filled as JSON. */
    public static FinalAccounts empty(int year, Department department) {
        return new FinalAccounts(DepartmentBudget.builder(year, department).build(), List.of(), null, null, null, null, null);
    }

    /**
     * Final accounts whose budget is the published budget and whose 决算数 start equal to it. The income the budget
     * carried over from last year (上年结转) is the 决算's 年初结转和结余, as the 决算 总表 shows it, so that both sides
     * still balance.
     */
    public static FinalAccounts fromBudget(DepartmentBudget budget) {
        DepartmentBudget actuals = DepartmentBudget.builder(budget.year(), budget.department())
                .units(budget.units()).incomes(budget.incomes().stream().filter(i -> !i.carriedOver()).toList())
                .expenditures(budget.expenditures()).basicEconomic(budget.basicEconomic()).threePublic(budget.threePublic())
                .operatingCost(budget.operatingCost()).build();
        List<CarryForward> opening = budget.incomes().stream().filter(Income::carriedOver)
                .map(i -> new CarryForward(i.source(), i.amount())).toList();
        return new FinalAccounts(actuals, budgeted(budget), new Balances(opening, List.of(), null, null, null),
                budget.figures().threePublic(), null, null, null);
    }

    /** The budget's lines as 年初预算数, one per 项 × kind × source (a line carried over from last year joins its 项). */
    static List<BudgetedLine> budgeted(DepartmentBudget budget) {
        record Key(FunctionCode code, ExpenditureKind kind, FundingSource source) {
        }
        Map<Key, BigDecimal> sums = new LinkedHashMap<>();
        for (ExpenditureLine line : budget.expenditures()) {
            sums.merge(new Key(line.functionCode(), line.kind(), line.source()), line.amount(), BigDecimal::add);
        }
        List<BudgetedLine> lines = new ArrayList<>();
        sums.forEach((key, amount) -> lines.add(new BudgetedLine(key.code(), key.kind(), key.source(), amount, null)));
        return lines;
    }
}
