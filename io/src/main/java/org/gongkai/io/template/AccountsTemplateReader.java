package org.gongkai.io.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.gongkai.core.accounts.Balances;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.accounts.ProcurementSplit;
import org.gongkai.core.accounts.SelfEvaluation;
import org.gongkai.core.accounts.ThreePublicCounts;
import org.gongkai.core.budget.Builder;
import org.gongkai.core.budget.CarryForward;
import org.gongkai.core.budget.CatalogConformance;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.FunctionCode;

/**
 * Reads a filled 决算 workbook ({@link TemplateLabels#ACCOUNTS}) into final accounts: the sheets it shares with the
 * budget workbook into the actuals as the budget reader reads them, and its own — each 支出 row into a spent line (its
 * 决算数) and a budgeted line (its 年初预算数 and 调整预算数), 结转结余, "三公" with its budget and physical figures,
 * 政府采购 and the self-evaluations. Every bad cell is reported with its sheet, address and column, all together.
 */
final class AccountsTemplateReader {

    /** The 三公 columns of the physical figures, after the label and the five parts. */
    private static final int FIRST_COUNT = 6;
    private static final int COUNTS = 6;
    private static final List<String> THREE_PUBLIC_ROWS = List.of(TemplateLabels.THREE_PUBLIC_BUDGET,
            TemplateLabels.THREE_PUBLIC_ACTUAL, TemplateLabels.LAST_YEAR_THREE_PUBLIC);

    private final FilledWorkbook in;
    private final Builder builder;

    private AccountsTemplateReader(FilledWorkbook in) {
        this.in = in;
        builder = in.builder();
    }

    static FinalAccounts accounts(FilledWorkbook in) {
        return new AccountsTemplateReader(in).read();
    }

    private FinalAccounts read() {
        in.each(TemplateLabels.ACCOUNTS_INCOME, row -> builder.income(new Income(row.choice(0, TemplateLabels.SOURCES),
                row.requiredMoney(1), false)));
        List<BudgetedLine> budgeted = spending();
        Balances balances = balances();
        ThreePublicAmounts[] threePublicBudget = {null};
        ThreePublicCounts[] counts = {null};
        in.each(TemplateLabels.ACCOUNTS_THREE_PUBLIC, row -> {
            String label = row.choice(0, THREE_PUBLIC_ROWS);
            ThreePublicAmounts amounts = TemplateReader.threePublic(row);
            if (TemplateLabels.THREE_PUBLIC_ACTUAL.equals(label)) {
                counts[0] = new ThreePublicCounts(row.count(FIRST_COUNT), row.count(FIRST_COUNT + 1), row.count(FIRST_COUNT + 2),
                        row.count(FIRST_COUNT + 3), row.count(FIRST_COUNT + 4), row.count(FIRST_COUNT + 5));
            } else {
                IntStream.range(FIRST_COUNT, FIRST_COUNT + COUNTS).filter(c -> !row.text(c).isBlank())
                        .forEach(c -> row.problem(c, "实物量只在“" + TemplateLabels.THREE_PUBLIC_ACTUAL + "”一行填写"));
            }
            if (amounts == null) {
                return;
            }
            if (TemplateLabels.THREE_PUBLIC_ACTUAL.equals(label)) {
                builder.threePublic(FundingSource.GENERAL_PUBLIC_BUDGET, amounts);
            } else if (TemplateLabels.THREE_PUBLIC_BUDGET.equals(label)) {
                threePublicBudget[0] = amounts;
            } else if (TemplateLabels.LAST_YEAR_THREE_PUBLIC.equals(label)) {
                builder.threePublicLastYear(amounts);
            }
        });
        ProcurementSplit procurement = procurement();
        List<SelfEvaluation> evaluations = evaluations();
        SharedSheets.read(in, TemplateLabels.ACCOUNTS, builder);
        in.requireNoProblems();
        DepartmentBudget actuals = builder.build();
        new CatalogConformance(ClassificationCatalog.builtIn()).requireConforming(actuals, in.name());
        return new FinalAccounts(actuals, budgeted, balances, threePublicBudget[0], counts[0], procurement, evaluations);
    }

    /**
     * 支出: a row with a 决算数 is a spent line, a row with 年初预算数 or 调整预算数 a budgeted line, most rows both; a row
     * with neither has its 决算数 asked for.
     */
    private List<BudgetedLine> spending() {
        List<BudgetedLine> budgeted = new ArrayList<>();
        in.each(TemplateLabels.ACCOUNTS_SPENDING, row -> {
            FunctionCode code = row.function(0, in.catalog());
            ExpenditureKind kind = row.choice(2, TemplateLabels.KINDS);
            FundingSource source = row.choice(3, TemplateLabels.SOURCES);
            BigDecimal initial = row.money(4);
            BigDecimal adjusted = row.money(5);
            boolean noBudget = row.text(4).isBlank() && row.text(5).isBlank();
            BigDecimal spent = noBudget ? row.requiredMoney(6) : row.money(6);
            if (spent != null) {
                builder.expenditure(new ExpenditureLine(code, kind, source, false, spent));
            }
            if (initial != null || adjusted != null) {
                budgeted.add(new BudgetedLine(code, kind, source, initial, adjusted));
            }
        });
        return budgeted;
    }

    /** 结转结余: the balances by source, and each flow once, without a source. */
    private Balances balances() {
        List<CarryForward> opening = new ArrayList<>();
        List<CarryForward> closing = new ArrayList<>();
        Map<String, BigDecimal> flows = new HashMap<>();
        Map<String, Integer> flowRows = new HashMap<>();
        in.each(TemplateLabels.BALANCES, row -> {
            String item = row.choice(0, TemplateLabels.BALANCE_ITEMS);
            BigDecimal amount = row.requiredMoney(2);
            if (TemplateLabels.OPENING.equals(item) || TemplateLabels.CLOSING.equals(item)) {
                CarryForward balance = new CarryForward(row.choice(1, TemplateLabels.SOURCES), amount);
                (TemplateLabels.OPENING.equals(item) ? opening : closing).add(balance);
            } else if (item != null) {
                if (!row.text(1).isBlank()) {
                    row.problem(1, "“" + item + "”不分资金来源，应不填");
                }
                Integer first = flowRows.putIfAbsent(item, row.number());
                if (first != null) {
                    row.problem(0, "“" + item + "”已在第 " + first + " 行填写，只能填一行");
                }
                flows.put(item, amount);
            }
        });
        return new Balances(opening, closing, flows.get(TemplateLabels.NON_FISCAL_SURPLUS_USED),
                flows.get(TemplateLabels.CAREER_FUND_USED), flows.get(TemplateLabels.SURPLUS_DISTRIBUTION));
    }

    /** 政府采购: one row of the year's contracts by kind; a second is refused. */
    private ProcurementSplit procurement() {
        List<ProcurementSplit> rows = new ArrayList<>();
        in.each(TemplateLabels.PROCUREMENT_SPLIT, row -> {
            if (!rows.isEmpty()) {
                in.problem(row.where(), "“" + TemplateLabels.PROCUREMENT_SPLIT.name() + "”只填一行（第 2 行），这一行是多出来的");
                return;
            }
            rows.add(new ProcurementSplit(row.money(0), row.money(1), row.money(2), row.money(3)));
        });
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** 绩效自评 with each evaluation's indicators from 自评指标, found by the evaluation's number or else its subject. */
    private List<SelfEvaluation> evaluations() {
        LinkedRows<SelfEvaluation.Result> results = new LinkedRows<>();
        in.each(TemplateLabels.EVALUATION_RESULTS, row -> results.add(row,
                new SelfEvaluation.Result(row.required(2), row.optional(3), row.optional(4))));
        List<SelfEvaluation> evaluations = new ArrayList<>();
        int[] number = {0};
        in.each(TemplateLabels.EVALUATIONS, row -> {
            number[0]++;
            evaluations.add(new SelfEvaluation(row.required(0), row.yesOrNo(1), row.money(2), row.money(3), row.score(4),
                    row.optional(5), results.of(number[0], row.text(0))));
        });
        return evaluations;
    }
}
