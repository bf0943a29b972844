package org.gongkai.server;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.narrative.Drafter;
import org.gongkai.core.narrative.Placeholders;
import org.gongkai.server.accounts.AccountsStart;

/**
 * A department's 2024 budget that passes every rule, and its 决算 as the department would type it: started from the
 * budget, one function class executed at exactly 95.00% (the others at 100%), the explanation drafted from the 决算数.
 */
public final class AccountsFixture {

    public static final int YEAR = 2024;
    /** Found by trying seeds: a budget with a class whose basic spending is partly outside the general budget. */
    private static final long SEED = 3;

    /** The budget, the 决算 and the class executed at 95.00%, with its budgeted and executed amounts. */
    public record Pair(DepartmentBudget budget, FinalAccounts accounts, String classCode, BigDecimal classBudget,
                       BigDecimal classActual) {

        public BigDecimal totalRate() {
            return accounts.expenditureTotal().multiply(BigDecimal.valueOf(100))
                    .divide(budget.figures().expenditureTotal(), 2, RoundingMode.HALF_UP);
        }
    }

    private AccountsFixture() {
    }

    public static Pair of(String code, String name) {
        DepartmentBudget budget = budget(new Department(code, name));
        Map<String, BigDecimal> byClass = new TreeMap<>();
        budget.expenditures().forEach(l -> byClass.merge(l.functionCode().classCode().value(), l.amount(), BigDecimal::add));
        for (Map.Entry<String, BigDecimal> c : byClass.entrySet()) {
            BigDecimal cut = c.getValue().multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP);
            for (ExpenditureLine line : budget.expenditures()) {
                // A basic line not paid from the general budget: no basic-by-economic line or project has to follow it.
                if (!line.functionCode().classCode().value().equals(c.getKey()) || line.kind() != ExpenditureKind.BASIC
                        || line.source() == FundingSource.GENERAL_PUBLIC_BUDGET || line.amount().compareTo(cut) <= 0) {
                    continue;
                }
                Income income = budget.incomes().stream().filter(i -> i.source() == line.source() && i.amount().compareTo(cut) > 0)
                        .findFirst().orElse(null);
                if (income == null) {
                    continue;
                }
                List<ExpenditureLine> spent = new ArrayList<>(budget.expenditures());
                spent.set(spent.indexOf(line), new ExpenditureLine(line.functionCode(), line.kind(), line.source(), line.carriedOver(),
                        line.amount().subtract(cut)));
                List<Income> received = new ArrayList<>(budget.incomes());
                received.set(received.indexOf(income), new Income(income.source(), income.amount().subtract(cut), income.carriedOver()));
                FinalAccounts start = AccountsStart.fromBudget(budget);
                DepartmentBudget actuals = drafted(budget.toBuilder().expenditures(spent).incomes(received).build());
                FinalAccounts accounts = new FinalAccounts(actuals, start.budgeted(), start.balances(), start.threePublicBudget(), null,
                        null, null);
                return new Pair(budget, accounts, c.getKey(), c.getValue(), c.getValue().subtract(cut));
            }
        }
        throw new IllegalStateException("seed " + SEED + " has no class to execute at 95%");
    }

    /** A model valid in every respect, moved to 2024: its explanation's years moved with it. */
    public static DepartmentBudget budget(Department department) {
        DepartmentBudget valid = ValidPackages.random(SEED, 6);
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        valid.narrative().forEach((section, text) -> narrative.put(section, text.replace(String.valueOf(valid.year()), "\u0000")
                .replace(String.valueOf(valid.year() - 1), String.valueOf(YEAR - 1)).replace("\u0000", String.valueOf(YEAR))));
        DepartmentBudget v = valid;
        return new DepartmentBudget(YEAR, department, v.units(), v.incomes(), v.expenditures(), v.basicEconomic(), v.carryForward(),
                v.threePublic(), v.threePublicLastYear(), v.operatingCost(), v.projects(), v.performance(), v.procurement(), v.assets(),
                narrative, v.previousYear());
    }

    /** The explanation's sections drafted from the tables anew (the figures changed), the reason Gongkai leaves open filled. */
    private static DepartmentBudget drafted(DepartmentBudget model) {
        Map<NarrativeSection, String> cleared = new EnumMap<>(NarrativeSection.class);
        Drafter.draftable(model).forEach(section -> cleared.put(section, null));
        DepartmentBudget drafted = Drafter.draft(model.toBuilder().narrative(cleared).build());
        Map<NarrativeSection, String> filled = new EnumMap<>(NarrativeSection.class);
        drafted.narrative().forEach((section, text) -> filled.put(section,
                text.replaceAll(java.util.regex.Pattern.quote(Placeholders.OPEN) + "[^】]*】", "因工作任务调整")));
        return drafted.toBuilder().narrative(filled).build();
    }
}
