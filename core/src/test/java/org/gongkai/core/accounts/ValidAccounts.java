package org.gongkai.core.accounts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.gongkai.core.budget.CarryForward;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.narrative.AccountsDrafter;
import org.gongkai.core.narrative.Placeholders;

/**
 * Random final accounts that are right in every respect a rule checks, executed against a valid published budget
 * ({@link ValidPackages}): basic spending as budgeted, each project line spent at 80–99% of its budget, the income
 * that financed it, a balance carried in and out, "三公" within its budget, procurement and self-evaluations, and the
 * explanation drafted with the reasons filled in. Shared with io and server via the test-jar.
 */
public final class ValidAccounts {

    /** A budget and the final accounts executed against it. */
    public record Pair(DepartmentBudget budget, FinalAccounts accounts) {
    }

    private ValidAccounts() {
    }

    public static Pair random(long seed, int lines) {
        DepartmentBudget budget = ValidPackages.random(seed, lines);
        Random random = new Random(seed ^ 0x5eedL);
        List<ExpenditureLine> spent = new ArrayList<>();
        List<BudgetedLine> budgeted = new ArrayList<>();
        for (ExpenditureLine line : budget.expenditures()) {
            BigDecimal amount = line.amount();
            if (line.kind() == ExpenditureKind.PROJECT) {
                amount = amount.multiply(BigDecimal.valueOf(80 + random.nextInt(20))).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            }
            if (amount.signum() > 0) {
                spent.add(new ExpenditureLine(line.functionCode(), line.kind(), line.source(), false, amount));
            }
            if (line.source().isFiscalAppropriation()) {
                budgeted.add(new BudgetedLine(line.functionCode(), line.kind(), line.source(), line.amount(), line.amount()));
            }
        }
        Map<FundingSource, BigDecimal> income = new EnumMap<>(FundingSource.class);
        spent.forEach(l -> income.merge(l.source(), l.amount(), BigDecimal::add));
        List<Income> incomes = income.entrySet().stream().map(e -> new Income(e.getKey(), e.getValue(), false)).toList();
        Map<NarrativeSection, String> cleared = new HashMap<>();
        budget.narrative().keySet().forEach(s -> cleared.put(s, null));
        DepartmentBudget actuals = budget.toBuilder().expenditures(spent).incomes(incomes).narrative(cleared)
                .narrative(NarrativeSection.DUTIES, "负责本部门职责范围内的工作。").build();
        BigDecimal carried = BigDecimal.valueOf(random.nextInt(5000), 2);
        Balances balances = new Balances(List.of(new CarryForward(FundingSource.GENERAL_PUBLIC_BUDGET, carried)),
                List.of(new CarryForward(FundingSource.GENERAL_PUBLIC_BUDGET, carried)), null, null, null);
        BigDecimal goods = BigDecimal.valueOf(random.nextInt(10000), 2);
        BigDecimal services = BigDecimal.valueOf(random.nextInt(10000), 2);
        ProcurementSplit procurement = new ProcurementSplit(goods, Money.ZERO, services, goods);
        List<SelfEvaluation> evaluations = new ArrayList<>();
        for (Project project : actuals.projects()) {
            BigDecimal score = BigDecimal.valueOf(6000 + random.nextInt(4001), 2);
            evaluations.add(new SelfEvaluation(project.name(), false, project.amount(), project.amount(), score, grade(score), List.of()));
        }
        FinalAccounts drafted = AccountsDrafter.draft(new FinalAccounts(actuals, budgeted, balances, budget.figures().threePublic(),
                new ThreePublicCounts(0, 3, 1, 4, 12, 60), procurement, evaluations), ClassificationCatalog.builtIn().forYear(budget.year()));
        return new Pair(budget, withReasons(drafted));
    }

    private static String grade(BigDecimal score) {
        return score.compareTo(BigDecimal.valueOf(90)) >= 0 ? "优" : score.compareTo(BigDecimal.valueOf(80)) >= 0 ? "良" : "中";
    }

    /** The department's part: every reason the draft asks for, written. */
    private static FinalAccounts withReasons(FinalAccounts accounts) {
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        accounts.actuals().narrative().forEach((section, text) ->
                narrative.put(section, text.replaceAll(java.util.regex.Pattern.quote(Placeholders.OPEN) + "[^】]*】", "项目按合同进度支付，部分款项在下年度支付")));
        return new FinalAccounts(accounts.actuals().toBuilder().narrative(narrative).build(), accounts.budgeted(), accounts.balances(),
                accounts.threePublicBudget(), accounts.threePublicCounts(), accounts.procurement(), accounts.evaluations());
    }
}
