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
    void anEconomicCodeOfTheSchemeBefore2018IsAcceptedWithAWarningNotRefused() {
        // The 2016–2017 economic scheme (304, 305, 306 …) is not built in: its codes cannot be judged, so they pass.
        var model = org.gongkai.core.budget.Budgets.department(2017)
                .income(org.gongkai.core.budget.FundingSource.GENERAL_PUBLIC_BUDGET, "1.00")
                .expenditure("2010101", org.gongkai.core.budget.ExpenditureKind.BASIC,
                        org.gongkai.core.budget.FundingSource.GENERAL_PUBLIC_BUDGET, "1.00")
                .basic("30401", org.gongkai.core.budget.BasicCostKind.PERSONNEL, "1.00").build();
        var conformance = new org.gongkai.core.budget.CatalogConformance(CATALOG);
        assertThat(conformance.check(model)).isEmpty();
        assertThat(conformance.unknown(model)).singleElement().satisfies(p -> assertThat(p.message()).contains("30401"));
    }

    @Test
    void docsCatalogMdIsWhatTheCatalogHolds() throws Exception {
        Path doc = Path.of("..", "docs", "catalog.md");
        assertThat(Files.readString(doc)).as("docs/catalog.md is stale: run ./gongkai catalog coverage --markdown > docs/catalog.md")
                .isEqualTo(CatalogCoverage.markdown(CATALOG, ClassificationCatalog.FIRST_YEAR, 2026));
    }
}
