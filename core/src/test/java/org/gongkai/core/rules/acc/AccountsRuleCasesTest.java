package org.gongkai.core.rules.acc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.accounts.ValidAccounts;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Rule;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.AccountsTables;
import org.gongkai.core.tables.Cell;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every 决算 rule against a minimal failing case (correct final accounts with one thing wrong) and the correct
 * accounts, generated and as published, on which it is silent.
 */
class AccountsRuleCasesTest {

    private static final ClassificationCatalog CATALOG = ClassificationCatalog.builtIn();
    private static final ValidAccounts.Pair PAIR = ValidAccounts.random(20241231L, 60);
    private static final FinalAccounts ACCOUNTS = PAIR.accounts();
    private static final Map<String, Rule> RULES = RuleRegistry.all().stream()
            .filter(r -> r.kinds().equals(Rule.FINAL_ACCOUNTS_ONLY)).collect(Collectors.toMap(Rule::id, r -> r));

    static Stream<Arguments> failingCases() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, "R-ACC-01", cell(StandardTable.ACCOUNTS_SUMMARY, labeled(2, "本年支出合计"), 3));
        add(cases, "R-ACC-02", cell(StandardTable.ACCOUNTS_FISCAL_SUMMARY, r -> r.amount(3).signum() > 0 && r.seq() < 27, 3));
        add(cases, "R-ACC-03", cell(StandardTable.ACCOUNTS_GENERAL_PUBLIC_BASIC, r -> code(r, 0).length() == 3, 2));
        add(cases, "R-ACC-04", cell(StandardTable.ACCOUNTS_GENERAL_PUBLIC_EXPENDITURE, r -> code(r, 0).isEmpty(), 3));
        add(cases, "R-ACC-05", cell(StandardTable.ACCOUNTS_EXPENDITURE, r -> code(r, 0).length() == 3, 2));
        add(cases, "R-ACC-06", cell(StandardTable.ACCOUNTS_EXPENDITURE, r -> code(r, 0).isEmpty(), 2));
        add(cases, "R-ACC-07", text(NarrativeSection.OTHER, "一般公共预算财政拨款支出年初预算为0万元，全年预算为100.00万元，支出决算为95.00万元，完成年初预算的95.00%。"));
        add(cases, "R-ACC-08", text(NarrativeSection.OTHER, "机关运行经费支出10.23万元，比2023年度增加10.23万元，增长100.00%。"));
        add(cases, "R-ACC-09", text(NarrativeSection.OTHER, "本年度政府采购金额为30.00万元，其中：货物采购金额10.00万元、工程采购金额0万元、服务采购金额10.00万元。"));
        add(cases, "R-ACC-10", generated(with(ACCOUNTS, a -> new FinalAccounts(a.actuals(), a.budgeted(), a.balances(),
                half(a.actuals().figures().threePublic()), a.threePublicCounts(), a.procurement(), a.evaluations()))));
        add(cases, "R-ACC-11", generated(doubledBudgetOfABasicItem()));
        add(cases, "R-ACC-12", generated(withInitial(BigDecimal.ONE)).againstPublishedBudget(PAIR.budget()));
        add(cases, "R-ACC-13", text(NarrativeSection.OTHER, "绩效自评的2024年度项目2个，涉及预算金额100.00万元，平均得分96.00分（其中，绩效评级为“优”的项目1个；绩效评级为“良”的项目1个）。"));
        add(cases, "R-ACC-14", generated(onlyOverview()));
        add(cases, "R-ACC-15", text(NarrativeSection.OTHER, "本年支出合计1.00万元。"));
        add(cases, "R-ACC-16", listedButZero());
        add(cases, "R-ACC-17", text(NarrativeSection.OTHER, "一般公共预算财政拨款支出307.82万元，主要用于以下方面：一般公共服务支出（类）264.87万元，占86.05%；住房保障支出（类）29.42万元，占9.55%。"));
        add(cases, "R-ACC-18", generated(withActuals(ACCOUNTS.actuals(), executedAsBudgeted())));
        return cases.stream();
    }

    @Test
    void everyAccountsRuleHasAFailingCase() {
        assertThat(failingCases().map(a -> a.get()[0]).toList()).containsExactlyInAnyOrderElementsOf(RULES.keySet());
        assertThat(RULES).hasSize(18);
    }

    @ParameterizedTest(name = "{0} finds the mistake")
    @MethodSource("failingCases")
    void ruleFindsTheMistake(String id, Disclosure disclosure) {
        List<Finding> findings = RULES.get(id).check(disclosure);
        assertThat(findings).as(id).isNotEmpty().allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo(id);
            assertThat(f.message()).containsPattern("\\p{IsHan}");
            assertThat(f.location()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0} is silent on correct final accounts")
    @MethodSource("failingCases")
    void ruleIsSilentOnCorrectAccounts(String id, Disclosure ignored) {
        assertThat(RULES.get(id).check(generated(ACCOUNTS).againstPublishedBudget(PAIR.budget()))).as(id + " generated").isEmpty();
        assertThat(RULES.get(id).check(published(AccountsTables.generateAll(ACCOUNTS, CATALOG)).againstPublishedBudget(PAIR.budget())))
                .as(id + " published").isEmpty();
    }

    @Test
    void budgetRulesDoNotJudgeFinalAccountsNorAccountsRulesBudgets() {
        Disclosure accounts = generated(ACCOUNTS);
        assertThat(RuleRegistry.check(accounts)).noneMatch(f -> RuleRegistry.all().stream()
                .filter(r -> r.id().equals(f.rule())).allMatch(r -> !r.kinds().contains(DisclosureKind.FINAL_ACCOUNTS)));
        assertThat(RuleRegistry.check(Disclosure.generated(PAIR.budget(), CATALOG))).noneMatch(f -> f.rule().startsWith("R-ACC-"));
    }

    @Test
    void finalAccountsWithoutAnyExplanationMissEveryTopic() {
        Map<NarrativeSection, String> cleared = new java.util.HashMap<>();
        ACCOUNTS.actuals().narrative().keySet().forEach(s -> cleared.put(s, null));
        Disclosure bare = generated(withActuals(ACCOUNTS.actuals().toBuilder().narrative(cleared).build(), ACCOUNTS.budgeted()));
        assertThat(RULES.get("R-ACC-14").check(bare)).hasSize(7);
    }

    @Test
    void aSentenceThatOpensWithAShareIsNotTakenForTheWholeOfTheOthers() {
        Disclosure disclosure = text(NarrativeSection.OTHER, "主要用于：一般公共服务支出（类）100.00万元，占33.33%；教育支出（类）200.00万元，占66.67%。");
        assertThat(RULES.get("R-ACC-17").check(disclosure)).isEmpty();
    }

    @Test
    void aDetailRowOfTheSummaryIsNotAddedToTheIncomeItDetails() {
        List<StatementTable> tables = new ArrayList<>();
        for (StatementTable table : AccountsTables.generateAll(ACCOUNTS, CATALOG)) {
            if (table.kind() != StandardTable.ACCOUNTS_SUMMARY) {
                tables.add(table);
                continue;
            }
            // 「其中：教育收费」 under the first income row, on a line of its own, as several regions print it.
            List<TableRow> rows = new ArrayList<>(table.rows());
            TableRow first = rows.get(0);
            rows.add(1, new TableRow(0, first.style(), List.of(Cell.text("其中：教育收费"), Cell.amount(first.amount(1)), Cell.BLANK, Cell.BLANK)));
            tables.add(new StatementTable(table.kind(), table.departmentLine(), table.year(), table.unit(), table.header(), table.columns(),
                    rows, table.note()));
        }
        assertThat(RULES.get("R-ACC-01").check(published(tables))).isEmpty();
    }

    @Test
    void finalAccountsLeftAsThePublishedBudgetAreFoundWithoutBudgetedLines() {
        DepartmentBudget copied = ACCOUNTS.actuals().toBuilder().expenditures(PAIR.budget().expenditures()).build();
        Disclosure disclosure = generated(withActuals(copied, List.of())).againstPublishedBudget(PAIR.budget());
        assertThat(RULES.get("R-ACC-18").check(disclosure)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("已公开的" + ACCOUNTS.year() + "年预算数"));
    }

    @Test
    void oneLineExecutedOtherwiseIsARealFinalAccounts() {
        List<BudgetedLine> budgeted = new ArrayList<>(executedAsBudgeted());
        BudgetedLine first = budgeted.get(0);
        budgeted.set(0, new BudgetedLine(first.functionCode(), first.kind(), first.source(), first.initial().add(BigDecimal.ONE), null));
        assertThat(RULES.get("R-ACC-18").check(generated(withActuals(ACCOUNTS.actuals(), budgeted)))).isEmpty();
    }

    /** 年初预算数 equal to the 决算数 on every line: a 决算 that was never changed from the budget it was started from. */
    private static List<BudgetedLine> executedAsBudgeted() {
        Map<String, BudgetedLine> lines = new java.util.LinkedHashMap<>();
        ACCOUNTS.actuals().expenditures().forEach(l -> lines.merge(l.functionCode().value() + l.kind() + l.source(),
                new BudgetedLine(l.functionCode(), l.kind(), l.source(), l.amount(), null),
                (a, b) -> new BudgetedLine(a.functionCode(), a.kind(), a.source(), a.initial().add(b.initial()), null)));
        return List.copyOf(lines.values());
    }

    private static void add(List<Arguments> cases, String id, Disclosure disclosure) {
        cases.add(Arguments.of(id, disclosure));
    }

    private static Disclosure generated(FinalAccounts accounts) {
        return Disclosure.generated(accounts, CATALOG);
    }

    private static Disclosure published(List<StatementTable> tables) {
        return Disclosure.published(ACCOUNTS, tables, CATALOG,
                java.util.EnumSet.copyOf(StandardTable.of(DisclosureKind.FINAL_ACCOUNTS)), Disclosure.Contents.WHOLE);
    }

    private static FinalAccounts with(FinalAccounts accounts, UnaryOperator<FinalAccounts> change) {
        return change.apply(accounts);
    }

    private static Disclosure text(NarrativeSection section, String text) {
        return generated(withActuals(ACCOUNTS.actuals().toBuilder().narrative(section, text).build(), ACCOUNTS.budgeted()));
    }

    private static FinalAccounts withActuals(org.gongkai.core.budget.DepartmentBudget actuals, List<BudgetedLine> budgeted) {
        return new FinalAccounts(actuals, budgeted, ACCOUNTS.balances(), ACCOUNTS.threePublicBudget(), ACCOUNTS.threePublicCounts(),
                ACCOUNTS.procurement(), ACCOUNTS.evaluations());
    }

    /** Adds one 万元 to a cell of the first row matching. */
    private static Disclosure cell(StandardTable kind, Predicate<TableRow> which, int column) {
        List<StatementTable> tables = new ArrayList<>();
        for (StatementTable table : AccountsTables.generateAll(ACCOUNTS, CATALOG)) {
            tables.add(table.kind() != kind ? table : org.gongkai.core.rules.Tamper.rows(table, which, row -> {
                List<Cell> cells = new ArrayList<>(row.cells());
                cells.set(column, Cell.amount(row.amount(column).add(BigDecimal.ONE)));
                return new TableRow(row.seq(), row.style(), cells);
            }));
        }
        return published(tables).againstPublishedBudget(PAIR.budget());
    }


    private static Predicate<TableRow> labeled(int column, String label) {
        return row -> TableQueries.plain(row.cell(column).display()).equals(label);
    }

    private static String code(TableRow row, int column) {
        String text = row.cell(column).text();
        return text != null && text.strip().matches("\\d+") ? text.strip() : "";
    }

    private static ThreePublicAmounts half(ThreePublicAmounts a) {
        java.util.function.Function<BigDecimal, BigDecimal> h = v -> v == null ? null : v.divide(BigDecimal.valueOf(2), 2, java.math.RoundingMode.DOWN);
        return new ThreePublicAmounts(h.apply(a.abroadTeaching()), h.apply(a.abroadOther()), h.apply(a.vehiclePurchase()),
                h.apply(a.vehicleOperation()), h.apply(a.reception()));
    }

    /** A basic (fully spent, hence unexplained) general public item whose budget is said to have been twice as large. */
    private static FinalAccounts doubledBudgetOfABasicItem() {
        List<BudgetedLine> budgeted = new ArrayList<>(ACCOUNTS.budgeted());
        BudgetedLine line = budgeted.stream().filter(l -> l.kind() == ExpenditureKind.BASIC && l.source() == FundingSource.GENERAL_PUBLIC_BUDGET)
                .filter(l -> budgeted.stream().filter(o -> o.functionCode().equals(l.functionCode())).count() == 1).findFirst().orElseThrow();
        budgeted.set(budgeted.indexOf(line), new BudgetedLine(line.functionCode(), line.kind(), line.source(), line.initial(),
                line.adjusted().multiply(BigDecimal.valueOf(2))));
        return withActuals(ACCOUNTS.actuals(), budgeted);
    }

    private static FinalAccounts withInitial(BigDecimal extra) {
        List<BudgetedLine> budgeted = new ArrayList<>(ACCOUNTS.budgeted());
        BudgetedLine line = budgeted.get(0);
        budgeted.set(0, new BudgetedLine(line.functionCode(), line.kind(), line.source(), line.initial().add(extra), line.adjusted()));
        return withActuals(ACCOUNTS.actuals(), budgeted);
    }

    private static FinalAccounts onlyOverview() {
        Map<NarrativeSection, String> cleared = new java.util.HashMap<>();
        ACCOUNTS.actuals().narrative().keySet().forEach(s -> cleared.put(s, null));
        cleared.put(NarrativeSection.OVERVIEW, "本年收入合计" + ACCOUNTS.incomeTotal().toPlainString() + "万元。");
        return withActuals(ACCOUNTS.actuals().toBuilder().narrative(cleared).build(), ACCOUNTS.budgeted());
    }

    /** The text lists a 款 among what 人员经费 mainly covers; the table prints it as 0. */
    private static Disclosure listedButZero() {
        StatementTable basic = AccountsTables.generateAll(ACCOUNTS, CATALOG).get(5);
        TableRow first = basic.rows().stream().filter(r -> code(r, 0).length() == 5).findFirst().orElseThrow();
        String name = first.cell(1).display();
        List<StatementTable> tables = new ArrayList<>();
        for (StatementTable table : AccountsTables.generateAll(ACCOUNTS, CATALOG)) {
            tables.add(table.kind() != StandardTable.ACCOUNTS_GENERAL_PUBLIC_BASIC ? table : org.gongkai.core.rules.Tamper.rows(table, r -> r.seq() == first.seq(), row -> {
                List<Cell> cells = new ArrayList<>(row.cells());
                cells.set(2, Cell.amount(BigDecimal.ZERO.setScale(2)));
                return new TableRow(row.seq(), row.style(), cells);
            }));
        }
        var actuals = ACCOUNTS.actuals().toBuilder().narrative(NarrativeSection.OTHER, "人员经费主要包括：" + name + "等。").build();
        return Disclosure.published(withActuals(actuals, ACCOUNTS.budgeted()), tables, CATALOG,
                java.util.EnumSet.copyOf(StandardTable.of(DisclosureKind.FINAL_ACCOUNTS)), Disclosure.Contents.WHOLE);
    }
}
