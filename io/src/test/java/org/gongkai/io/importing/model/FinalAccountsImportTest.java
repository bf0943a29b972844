package org.gongkai.io.importing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.AccountsTables;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.ImportResult;

/**
 * The 部门决算 of the corpus read into the 决算 model: the 决算数 of every 项, kind and source, the basic spending by
 * economic 款, the budget each item was executed against, and what the explanation states — with the document's own
 * disagreements (302 prints 10.23 over lines of 10.22) left to the rules: the model takes the leaf figures.
 */
class FinalAccountsImportTest {

    private static ImportResult result;
    private static FinalAccounts accounts;

    @BeforeAll
    static void importTheDocument() throws Exception {
        result = Documents.importFile(Path.of(FinalAccountsImportTest.class.getResource(
                "/final-accounts/sh-putuo-social-work-2024-final-accounts/sh-putuo-social-work-2024-final-accounts.pdf").toURI()));
        accounts = result.accounts();
    }

    @Test
    void aFinalAccountsDocumentIsReadAsFinalAccountsNotRefused() {
        assertThat(result.kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        assertThat(accounts).isNotNull();
        assertThat(accounts.actuals()).isSameAs(result.model());
        assertThat(accounts.year()).isEqualTo(2024);
        assertThat(result.model().department().name()).isEqualTo("中共上海市普陀区委社会工作部");
        assertThat(result.unparsed()).as("nothing of the document left unread").isEmpty();
    }

    @Test
    void theTotalsAreThoseOfTheTables() {
        assertThat(accounts.incomeTotal()).isEqualByComparingTo("307.82");
        assertThat(accounts.expenditureTotal()).isEqualByComparingTo("307.82");
        assertThat(accounts.figures().basic()).isEqualByComparingTo("105.58");
        assertThat(accounts.figures().project()).isEqualByComparingTo("202.24");
        assertThat(accounts.figures().personnel()).isEqualByComparingTo("95.36");
        assertThat(accounts.actuals().incomes()).singleElement()
                .satisfies(income -> assertThat(income.source()).isEqualTo(FundingSource.GENERAL_PUBLIC_BUDGET));
    }

    @Test
    void everyItemIsOneLineOfItsKindPaidFromTheGeneralPublicBudget() {
        Map<String, BigDecimal> byItem = accounts.actuals().expenditures().stream()
                .collect(Collectors.toMap(l -> l.functionCode().value() + " " + l.kind(), ExpenditureLine::amount));
        assertThat(byItem).containsExactlyInAnyOrderEntriesOf(Map.of(
                "2013901 BASIC", Money.of("51.32"), "2013950 BASIC", Money.of("11.31"), "2013999 PROJECT", Money.of("202.24"),
                "2080505 BASIC", Money.of("6.18"), "2080506 BASIC", Money.of("4.64"), "2101101 BASIC", Money.of("2.22"),
                "2101102 BASIC", Money.of("0.49"), "2210201 BASIC", Money.of("17.70"), "2210203 BASIC", Money.of("11.72")));
        assertThat(accounts.actuals().expenditures()).allMatch(l -> l.source() == FundingSource.GENERAL_PUBLIC_BUDGET && !l.carriedOver());
    }

    @Test
    void basicSpendingIsEachEconomicSectionOfItsHalfAsPrinted() {
        Map<String, BasicEconomicLine> byCode = accounts.actuals().basicEconomic().stream()
                .collect(Collectors.toMap(l -> l.economicCode().value(), Function.identity()));
        assertThat(byCode.get("30101").kind()).isEqualTo(BasicCostKind.PERSONNEL);
        assertThat(byCode.get("30101").amount()).isEqualByComparingTo("14.12");
        assertThat(byCode.get("30239").kind()).isEqualTo(BasicCostKind.PUBLIC);
        assertThat(byCode.get("30239").amount()).isEqualByComparingTo("2.43");
        assertThat(byCode).as("0.00 lines hold nothing").doesNotContainKeys("30103", "30207", "31002");
        assertThat(accounts.figures().publicFunds()).as("the lines, not the printed 10.23 of 302").isEqualByComparingTo("10.22");
    }

    @Test
    void eachItemsBudgetIsTheFullYearBudgetTheExplanationStates() {
        Map<String, BudgetedLine> byItem = accounts.budgeted().stream()
                .collect(Collectors.toMap(l -> l.functionCode().value(), Function.identity()));
        assertThat(byItem).hasSize(9);
        assertThat(byItem.get("2013901").adjusted()).isEqualByComparingTo("52.00");
        assertThat(byItem.get("2013901").initial()).isNull();
        assertThat(byItem.get("2013999").kind()).isEqualTo(ExpenditureKind.PROJECT);
        assertThat(byItem.get("2210201").adjusted()).isEqualByComparingTo("18.12");
        assertThat(accounts.finalBudget(l -> true)).isEqualByComparingTo("321.02");
    }

    @Test
    void theExplanationsFiguresAreReadIntoTheirParts() {
        assertThat(accounts.actuals().operatingCost()).isEqualByComparingTo("10.23");
        assertThat(accounts.procurement().goods()).isEqualByComparingTo("21.07");
        assertThat(accounts.procurement().works()).isEqualByComparingTo("0");
        assertThat(accounts.procurement().services()).isEqualByComparingTo("0");
        assertThat(accounts.procurement().awardedToSmes()).as("reserved and other contracts won by SMEs, as printed")
                .isEqualByComparingTo("42.14");
        assertThat(accounts.threePublicCounts().vehiclesHeld()).isZero();
        assertThat(accounts.evaluations()).singleElement().satisfies(e -> {
            assertThat(e.budget()).isEqualByComparingTo("175.52");
            assertThat(e.score()).isEqualByComparingTo("100");
        });
        assertThat(accounts.actuals().narrative().keySet()).containsAll(EnumSet.of(NarrativeSection.DUTIES,
                NarrativeSection.ORGANIZATION, NarrativeSection.OVERVIEW, NarrativeSection.OPERATING_COST, NarrativeSection.THREE_PUBLIC,
                NarrativeSection.PERFORMANCE, NarrativeSection.PROCUREMENT, NarrativeSection.ASSETS, NarrativeSection.GLOSSARY));
        assertThat(accounts.actuals().narrative(NarrativeSection.THREE_PUBLIC)).contains("无“三公”经费财政");
        assertThat(accounts.actuals().units()).hasSize(2);
    }

    @Test
    void theAccountsAreAModelTheirJsonKeeps() {
        assertThat(ModelJson.readAccounts(ModelJson.write(accounts), "决算")).isEqualTo(accounts);
    }

    @Test
    void theTablesRegeneratedFromTheModelPrintTheItemsAsPublished() {
        Map<StandardTable, StatementTable> generated = AccountsTables.generateAll(accounts, ClassificationCatalog.builtIn()).stream()
                .collect(Collectors.toMap(StatementTable::kind, Function.identity()));
        for (StandardTable kind : List.of(StandardTable.ACCOUNTS_INCOME, StandardTable.ACCOUNTS_EXPENDITURE,
                StandardTable.ACCOUNTS_GENERAL_PUBLIC_EXPENDITURE)) {
            StatementTable published = result.publishedTables().stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
            for (TableRow row : ItemLines.itemRows(published).values()) {
                TableRow again = ItemLines.itemRows(generated.get(kind)).get(TableQueries.code(row).orElseThrow());
                for (int c = 2; c < published.columns().size(); c++) {
                    String column = published.columns().get(c).name();
                    assertThat(TableQueries.amount(generated.get(kind), again, column)).as(kind + " " + row.cell(0).text() + " " + column)
                            .isEqualByComparingTo(TableQueries.amount(published, row, column));
                }
            }
        }
    }

    @Test
    void theDisclosureIsAFinalAccountsExpectingTheNineFinalAccountsTables() {
        Disclosure disclosure = result.disclosure(ClassificationCatalog.builtIn());
        assertThat(disclosure.kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        assertThat(disclosure.accounts()).contains(accounts);
        assertThat(disclosure.expectedTables()).containsExactlyInAnyOrderElementsOf(StandardTable.of(DisclosureKind.FINAL_ACCOUNTS));
        assertThat(StandardTable.of(DisclosureKind.FINAL_ACCOUNTS)).allMatch(t -> disclosure.table(t).isPresent());
        assertThat(disclosure.table(StandardTable.ACCOUNTS_GENERAL_PUBLIC_BASIC).orElseThrow().rows())
                .as("the two halves side by side, every printed line kept").hasSize(39);
    }

    /**
     * The rules on the imported document find what they find on its golden model (findings.txt, reviewed against its
     * README): the same rule, severity and message at each place; only the quoted excerpt of the text may differ.
     */
    @Test
    void theRulesFindOnTheImportedDocumentWhatTheyFindOnItsGoldenModel() throws Exception {
        java.util.function.Function<String, String> withoutExcerpt = line -> {
            int quoted = line.indexOf("」：");
            String head = line.substring(0, line.indexOf(' ', line.indexOf(' ') + 1));
            return head + " " + (quoted >= 0 ? line.substring(quoted + 2) : line.substring(line.indexOf('：') + 1));
        };
        List<String> expected = java.nio.file.Files.readAllLines(Path.of(getClass().getResource(
                "/final-accounts/sh-putuo-social-work-2024-final-accounts/findings.txt").toURI())).stream()
                .filter(l -> !l.isBlank()).map(withoutExcerpt).toList();
        List<String> found = org.gongkai.core.rules.RuleRegistry.check(result.disclosure(ClassificationCatalog.builtIn())).stream()
                .map(Object::toString).map(withoutExcerpt).toList();
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected);
    }
}
