package org.gongkai.core.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in catalog is a consistent tree in every year, and docs/catalog.md says what it holds. */
class CatalogConsistencyTest {

    private static final ClassificationCatalog CATALOG = ClassificationCatalog.builtIn();

    @ParameterizedTest
    @ValueSource(ints = {2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void everyItemHasItsSectionAndClassInTheSameYear(int year) {
        YearCatalog catalog = CATALOG.forYear(year);
        catalog.functionsInForce().keySet().stream().filter(code -> code.length() > 3).forEach(code ->
                assertThat(catalog.functionsInForce()).as(year + " " + code + " 的上级").containsKey(code.substring(0, code.length() - 2)));
        catalog.economicsInForce().keySet().stream().filter(code -> code.length() == 5).forEach(code ->
                assertThat(catalog.economicsInForce()).as(year + " " + code + " 的类").containsKey(code.substring(0, 3)));
    }

    @ParameterizedTest
    @ValueSource(ints = {2016, 2018, 2020, 2021, 2024, 2026})
    void noCodeHasTwoNamesInOneYear(int year) {
        for (String code : CATALOG.forYear(year).functionsInForce().keySet()) {
            long names = CATALOG.functionHistory(code).stream().filter(e -> e.years().contains(year)).count();
            assertThat(names).as(year + " " + code).isEqualTo(1);
        }
    }

    @Test
    void theEconomicSchemeBefore2018HasItsOwnClassesAndTheReformedOneStartsIn2018() {
        assertThat(CATALOG.forYear(2017).economic("304")).map(CatalogEntry::name).contains("对企事业单位的补贴");
        assertThat(CATALOG.forYear(2018).economic("304")).isEmpty();
        assertThat(CATALOG.forYear(2018).economic("312")).map(CatalogEntry::name).contains("对企业补助");
        assertThat(CATALOG.forYear(2017).economic("312")).isEmpty();
    }

    @Test
    void anEconomicCodeOfAKnownClassThatTheCatalogLacksIsAcceptedWithAWarningNotRefused() {
        var model = org.gongkai.core.budget.Budgets.department(2017)
                .income(org.gongkai.core.budget.FundingSource.GENERAL_PUBLIC_BUDGET, "1.00")
                .expenditure("2010101", org.gongkai.core.budget.ExpenditureKind.BASIC,
                        org.gongkai.core.budget.FundingSource.GENERAL_PUBLIC_BUDGET, "1.00")
                .basic("30498", org.gongkai.core.budget.BasicCostKind.PERSONNEL, "1.00").build();
        var conformance = new org.gongkai.core.budget.CatalogConformance(CATALOG);
        assertThat(conformance.check(model)).isEmpty();
        assertThat(conformance.unknown(model)).singleElement().satisfies(p -> assertThat(p.message()).contains("30498"));
    }

    @Test
    void unverifiedEntriesSayWhatTheyRestOnAndAreNotUsedToJudgeNames() {
        CatalogEntry education = CATALOG.forYear(2024).function("20502").orElseThrow();
        assertThat(education.name()).isEqualTo("普通教育");
        assertThat(education.source()).startsWith("未核实:");
        assertThat(education.verified()).isFalse();
        assertThat(CATALOG.forYear(2024).function("2010101").orElseThrow().verified()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"function-codes.tsv", "economic-codes.tsv"})
    void everyRowSaysWhereItWasVerifiedOrThatItWasNot(String resource) {
        TsvResource.read(resource).forEach(row -> assertThat(row.get("source")).as(resource + " 第 " + row.get("#line") + " 行")
                .matches("|核实:.+|未核实:.+"));
    }

    @Test
    void docsCatalogMdIsWhatTheCatalogHolds() throws Exception {
        Path doc = Path.of("..", "docs", "catalog.md");
        assertThat(Files.readString(doc)).as("docs/catalog.md is stale: run ./gongkai catalog coverage --markdown > docs/catalog.md")
                .isEqualTo(CatalogCoverage.markdown(CATALOG, ClassificationCatalog.FIRST_YEAR, 2026));
    }
}
