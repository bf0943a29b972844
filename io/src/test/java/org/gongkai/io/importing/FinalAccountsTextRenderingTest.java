package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.CarryForward;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Money;
import org.gongkai.core.tables.StandardTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.gongkai.io.importing.recognise.ReadTable;

/**
 * A 决算 in another region's print, as a text rendering (final-accounts/text, written for this test): tables numbered
 * 「表1」…「表9」, amounts in 元 with thousands separators, codes in 类/款/项 columns, table 5 with 年初预算数 and 调整预算数,
 * the basic-expenditure table as one list, the 三公 table's four-row header, balances carried in and out.
 */
class FinalAccountsTextRenderingTest {

    private static ImportResult result;
    private static FinalAccounts accounts;

    @BeforeAll
    static void importTheRendering() throws Exception {
        result = rendering("county-archives-2023-final-accounts.txt");
        accounts = result.accounts();
    }

    @Test
    void theRenderingIsReadAsAFinalAccountsWithNothingLeftOver() {
        assertThat(result.kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        assertThat(result.model().department().name()).isEqualTo("某县档案馆");
        assertThat(result.model().year()).isEqualTo(2023);
        assertThat(result.unparsed()).isEmpty();
        assertThat(result.readTables()).extracting(ReadTable::layout).containsExactlyElementsOf(
                StandardTable.of(DisclosureKind.FINAL_ACCOUNTS).stream().map(Enum::name).toList());
        assertThat(result.readTables()).allMatch(t -> t.unit().equals("元"));
    }

    @Test
    void aSummaryPrintedWithItsLineNumbersIsReadByItsItemsAndAmounts() throws Exception {
        ImportResult numbered = rendering("county-archives-2023-final-accounts-line-numbers.txt");
        assertThat(numbered.accounts().incomeTotal()).isEqualByComparingTo("120.00");
        assertThat(numbered.accounts().balances().openingTotal()).isEqualByComparingTo(accounts.balances().openingTotal());
        assertThat(org.gongkai.core.rules.RuleRegistry.check(numbered.disclosure(org.gongkai.core.classification.ClassificationCatalog.builtIn())))
                .noneMatch(f -> f.severity() == org.gongkai.core.rules.Severity.ERROR);
    }

    @Test
    void aThreePublicTablePrintedOneRowAPartIsReadAsTheNationalOne() throws Exception {
        ImportResult byRows = rendering("county-archives-2023-final-accounts-three-public-by-rows.txt");
        assertThat(byRows.unparsed()).isEmpty();
        assertThat(byRows.accounts().threePublicBudget()).isEqualTo(accounts.threePublicBudget());
        assertThat(byRows.accounts().actuals().figures().threePublic()).isEqualTo(accounts.actuals().figures().threePublic());
        assertThat(org.gongkai.core.rules.RuleRegistry.check(byRows.disclosure(org.gongkai.core.classification.ClassificationCatalog.builtIn())))
                .isEmpty();
    }

    @Test
    void aBasicTablePrintedAsOneListWithItsTotalFirstRaisesNoFalseAlarm() throws Exception {
        ImportResult oneList = rendering("county-archives-2023-final-accounts-basic-by-columns.txt");
        assertThat(oneList.accounts().actuals().basicEconomic()).isEqualTo(accounts.actuals().basicEconomic());
        assertThat(org.gongkai.core.rules.RuleRegistry.check(oneList.disclosure(org.gongkai.core.classification.ClassificationCatalog.builtIn())))
                .isEmpty();
    }

    @Test
    void aSummaryPrintingTheBudgetBesideTheFinalFiguresIsReadByItsFinalFigures() throws Exception {
        ImportResult withBudget = rendering("county-archives-2023-final-accounts-summary-with-budget.txt");
        assertThat(withBudget.unparsed()).isEmpty();
        assertThat(withBudget.accounts().incomeTotal()).isEqualByComparingTo("120.00");
        assertThat(org.gongkai.core.rules.RuleRegistry.check(withBudget.disclosure(org.gongkai.core.classification.ClassificationCatalog.builtIn())))
                .isEmpty();
    }

    @Test
    void aCoverBrokenOverThreeLinesStillNamesTheDepartmentAndYear() throws Exception {
        ImportResult broken = rendering("county-archives-2023-final-accounts-cover-over-three-lines.txt");
        assertThat(broken.kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        assertThat(broken.facts().department()).isEqualTo("某县档案馆");
        assertThat(broken.facts().year()).isEqualTo(2023);
    }

    @Test
    void itemsAreSplitByKindAndSourceInWanYuan() {
        Map<String, BigDecimal> lines = accounts.actuals().expenditures().stream().collect(Collectors.toMap(
                l -> l.functionCode().value() + " " + l.kind() + " " + l.source(), ExpenditureLine::amount));
        assertThat(lines).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2012601 BASIC GENERAL_PUBLIC_BUDGET", Money.of("60.00"),
                "2012604 PROJECT GENERAL_PUBLIC_BUDGET", Money.of("35.00"),
                "2012604 PROJECT PUBLIC_SERVICE_INCOME", Money.of("5.00"),
                "2080505 BASIC GENERAL_PUBLIC_BUDGET", Money.of("10.00"),
                "2210201 BASIC GENERAL_PUBLIC_BUDGET", Money.of("10.00")));
        assertThat(accounts.incomeTotal()).isEqualByComparingTo("120.00");
        assertThat(accounts.figures().personnel()).isEqualByComparingTo("75.00");
        assertThat(accounts.actuals().basicEconomic()).filteredOn(l -> l.kind() == BasicCostKind.PUBLIC).hasSize(2);
    }

    @Test
    void table5sBudgetsAreEachItemsInitialAndAdjustedBudget() {
        Map<String, BudgetedLine> byItem = accounts.budgeted().stream()
                .collect(Collectors.toMap(l -> l.functionCode().value(), Function.identity()));
        assertThat(byItem.get("2012601").initial()).isEqualByComparingTo("55.00");
        assertThat(byItem.get("2012601").adjusted()).isEqualByComparingTo("60.00");
        assertThat(byItem.get("2012604").adjusted()).isEqualByComparingTo("38.00");
        assertThat(accounts.initialBudget(l -> true)).isEqualByComparingTo("110.00");
        assertThat(accounts.finalBudget(l -> true)).isEqualByComparingTo("118.00");
    }

    @Test
    void balancesAndTheThreePublicBudgetAreReadBesideTheActuals() {
        assertThat(accounts.balances().opening()).containsExactly(new CarryForward(FundingSource.GENERAL_PUBLIC_BUDGET, Money.of("3.00")));
        assertThat(accounts.balances().closing()).containsExactly(new CarryForward(FundingSource.GENERAL_PUBLIC_BUDGET, Money.of("3.00")));
        assertThat(accounts.grandTotalIncomeSide()).isEqualByComparingTo("123.00");
        assertThat(accounts.threePublicBudget().total()).isEqualByComparingTo("6.00");
        assertThat(accounts.actuals().figures().threePublic().total()).isEqualByComparingTo("5.20");
        assertThat(accounts.actuals().figures().threePublic().vehicleOperation()).isEqualByComparingTo("3.50");
    }

    @Test
    void theExplanationsCountsProcurementAndSelfEvaluationAreRead() {
        assertThat(accounts.threePublicCounts().receptions()).isEqualTo(12);
        assertThat(accounts.threePublicCounts().receptionPersons()).isEqualTo(150);
        assertThat(accounts.threePublicCounts().vehiclesHeld()).isEqualTo(2);
        assertThat(accounts.procurement().goods()).isEqualByComparingTo("10.00");
        assertThat(accounts.procurement().services()).isEqualByComparingTo("2.00");
        assertThat(accounts.procurement().awardedToSmes()).isEqualByComparingTo("12.00");
        assertThat(accounts.evaluations()).singleElement().satisfies(e -> {
            assertThat(e.wholeDepartment()).isTrue();
            assertThat(e.score()).isEqualByComparingTo("92");
        });
    }

    /** A test rendering of final-accounts/text, imported. */
    private static ImportResult rendering(String name) throws Exception {
        return Documents.importFile(Path.of(FinalAccountsTextRenderingTest.class.getResource("/final-accounts/text/" + name).toURI()));
    }
}
