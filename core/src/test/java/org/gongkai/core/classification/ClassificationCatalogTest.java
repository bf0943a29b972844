package org.gongkai.core.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassificationCatalogTest {

    private final ClassificationCatalog catalog = ClassificationCatalog.builtIn();

    @Test
    void healthClassKeepsItsOldNameForOldYearsAndItsNewNameAfter() {
        assertThat(catalog.forYear(2018).functionName(FunctionCode.of("210"))).isEqualTo("医疗卫生与计划生育支出");
        assertThat(catalog.forYear(2019).functionName(FunctionCode.of("210"))).isEqualTo("卫生健康支出");
        assertThat(catalog.functionHistory("210")).extracting(CatalogEntry::name)
                .containsExactly("医疗卫生与计划生育支出", "卫生健康支出");
    }

    @Test
    void pensionSectionIsRenamedNotOverwritten() {
        assertThat(catalog.forYear(2020).functionName(FunctionCode.of("20805"))).isEqualTo("行政事业单位离退休");
        assertThat(catalog.forYear(2023).functionName(FunctionCode.of("20805"))).isEqualTo("行政事业单位养老支出");
        assertThat(catalog.forYear(2023).functionName(FunctionCode.of("2080599"))).isEqualTo("其他行政事业单位养老支出");
    }

    @Test
    void everyCodeOfThe2023SampleIsInThe2023Catalog() {
        YearCatalog year = catalog.forYear(2023);
        List<String> codes = List.of("201", "20103", "2010350", "2010399", "20113", "2011308", "208", "20805", "2080502",
                "2080505", "2080506", "210", "21011", "2101102", "2101103", "221", "22102", "2210201");
        assertThat(codes).allSatisfy(code -> assertThat(year.function(code)).as(code).isPresent());
    }

    @Test
    void everyCodeOfThe2020SamplesExceptTheirMistakesIsInThe2020Catalog() {
        YearCatalog year = catalog.forYear(2020);
        List<String> codes = List.of("2010301", "2010302", "2010350", "2011399", "2080504", "2080599", "20808",
                "2080801", "2080899", "21007", "2100799", "2101101");
        assertThat(codes).allSatisfy(code -> assertThat(year.function(code)).as(code).isPresent());
        // The 2020 documents list 2010305 as 事业运行: in the catalog 2010305 is 专项业务及机关事务管理.
        assertThat(year.functionName("2010305")).isNotEqualTo("事业运行");
    }

    @Test
    void economicSectionsCarryTheirOfficialNames() {
        YearCatalog year = catalog.forYear(2023);
        assertThat(year.economicName(EconomicCode.of("30217"))).isEqualTo("公务接待费");
        assertThat(year.economicName(EconomicCode.of("30231"))).isEqualTo("公务用车运行维护费");
        assertThat(year.economicName(EconomicCode.of("31013"))).isEqualTo("公务用车购置");
        assertThat(year.economicsInForce().keySet()).contains("301", "302", "303", "307", "309", "310", "399", "30399");
    }

    @Test
    void summaryRowSetFollowsTheYear() {
        assertThat(catalog.forYear(2023).summaryRows()).hasSize(31).last()
                .extracting(SummaryRow::label).isEqualTo("人行科目");
        assertThat(catalog.forYear(2023).summaryRows().get(29).label()).isEqualTo("抗疫特别国债安排的支出");
        assertThat(catalog.forYear(2018).summaryRows()).extracting(SummaryRow::label)
                .doesNotContain("灾害防治及应急管理支出", "抗疫特别国债安排的支出", "人行科目")
                .contains("医疗卫生与计划生育支出");
    }

    @Test
    void incomeTypesAndConceptsCarryGlossaryText() {
        YearCatalog year = catalog.forYear(2023);
        assertThat(year.incomeTypeName("CARRY_OVER")).isEqualTo("上年结转结余");
        assertThat(year.incomeType("PUBLIC_SERVICE_INCOME").orElseThrow().glossary()).contains("事业单位");
        assertThat(year.glossaryTerm("THREE_PUBLIC").orElseThrow().name()).isEqualTo("“三公”经费");
        assertThat(year.function("2010350").orElseThrow().hasGlossary()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"20103500", "2010", "", "20A", "1"})
    void rejectsMalformedFunctionCodes(String code) {
        assertThatThrownBy(() -> FunctionCode.of(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("功能分类科目编码");
    }

    @Test
    void refusesYearsOutsideTheCatalog() {
        assertThatThrownBy(() -> catalog.forYear(2009)).hasMessageContaining("2009");
    }

    @Test
    void everyItemOfEveryYearSitsUnderASectionAndAClassOfThatYear() {
        for (int y = ClassificationCatalog.FIRST_YEAR; y <= ClassificationCatalog.LAST_YEAR; y++) {
            YearCatalog year = catalog.forYear(y);
            for (String code : year.functionsInForce().keySet()) {
                FunctionCode.of(code).parent().ifPresent(parent ->
                        assertThat(year.hasFunction(parent)).as("%s in %d", code, year.year()).isTrue());
            }
        }
    }
}
