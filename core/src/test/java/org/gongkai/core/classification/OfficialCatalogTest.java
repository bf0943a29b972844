package org.gongkai.core.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficialCatalogTest {

    private static List<CatalogLine> lines(String... codeAndName) {
        List<CatalogLine> lines = new ArrayList<>();
        for (int i = 0; i < codeAndName.length; i += 2) {
            lines.add(new CatalogLine(codeAndName[i], codeAndName[i + 1], "", "第 " + (i / 2 + 2) + " 行"));
        }
        return lines;
    }

    private static final List<CatalogLine> EDUCATION = lines("205", "教育支出", "20501", "教育管理事务", "2050101", "行政运行",
            "20502", "普通教育", "2050201", "学前教育", "2050298", "普惠托育", "301", "工资福利支出", "30101", "基本工资");

    @Test
    void aWellFormedFileBecomesTheYearsListWithFunctionsAndEconomicsApart() {
        OfficialCatalog official = OfficialCatalog.of("目录.xlsx", 2026, EDUCATION);

        assertThat(official.functions()).containsOnlyKeys("205", "20501", "2050101", "20502", "2050201", "2050298");
        assertThat(official.economics()).containsOnlyKeys("301", "30101");
        assertThat(official.functions().get("2050201").years().contains(2026)).isTrue();
        assertThat(official.functions().get("2050201").years().contains(2025)).isFalse();
    }

    @Test
    void onceInForceTheOfficialListReplacesTheBuiltInOneOfItsYearOnly() {
        ClassificationCatalog catalog = ClassificationCatalog.builtIn().withOfficial(List.of(OfficialCatalog.of("目录.xlsx", 2026, EDUCATION)));

        assertThat(catalog.forYear(2026).function("2050201")).map(CatalogEntry::name).contains("学前教育");
        assertThat(catalog.forYear(2026).function("2010101")).as("不在官方目录中的编码").isEmpty();
        assertThat(catalog.forYear(2025).function("2010101")).as("其他年度仍用内置目录").isPresent();
        assertThat(catalog.forYear(2026).economic("30101")).map(CatalogEntry::name).contains("基本工资");
        assertThat(catalog.forYear(2026).economic("30201")).as("文件带经济分类时整体替换").isEmpty();
        assertThat(catalog.forYear(2026).function("2050298")).map(CatalogEntry::name).contains("普惠托育");
        assertThat(ClassificationCatalog.builtIn().forYear(2026).function("2050298")).as("内置目录不受影响").isEmpty();
    }

    @Test
    void aFileWithoutEconomicCodesKeepsTheBuiltInEconomicClassification() {
        ClassificationCatalog catalog = ClassificationCatalog.builtIn()
                .withOfficial(List.of(OfficialCatalog.of("目录.csv", 2026, EDUCATION.subList(0, 6))));

        assertThat(catalog.forYear(2026).economic("30201")).map(CatalogEntry::name).contains("办公费");
    }

    @Test
    void aCodeKeepingItsBuiltInNameKeepsItsBuiltInExplanation() {
        ClassificationCatalog catalog = ClassificationCatalog.builtIn().withOfficial(List.of(OfficialCatalog.of("目录.xlsx", 2026,
                lines("201", "一般公共服务支出", "20101", "人大事务", "2010101", "行政运行"))));

        assertThat(catalog.forYear(2026).function("2010101").orElseThrow().glossary())
                .isEqualTo(ClassificationCatalog.builtIn().forYear(2026).function("2010101").orElseThrow().glossary()).isNotBlank();
    }

    @Test
    void duplicatedCodesAreRefusedNamingBothLines() {
        assertThatThrownBy(() -> OfficialCatalog.of("目录.xlsx", 2026, lines("205", "教育支出", "20501", "教育管理事务", "20501", "普通教育")))
                .isInstanceOf(InvalidCatalog.class)
                .hasMessageContaining("第 4 行：编码 20501“普通教育”与第 3 行“教育管理事务”重复")
                .hasMessageContaining("未载入任何内容");
    }

    @Test
    void anItemWhoseSectionIsMissingIsRefused() {
        assertThatThrownBy(() -> OfficialCatalog.of("目录.xlsx", 2026, lines("205", "教育支出", "2050101", "行政运行")))
                .hasMessageContaining("第 3 行：2050101“行政运行”的上级科目 20501 不在文件中");
    }

    @Test
    void malformedCodesMarkupAndEmptyNamesAreRefusedEachWithItsLine() {
        InvalidCatalog refused = (InvalidCatalog) org.assertj.core.api.Assertions.catchThrowable(() -> OfficialCatalog.of("目录.xlsx", 2026,
                lines("205", "教育支出", "2051", "教育", "20501", "<script>alert(1)</script>", "20502", "")));

        assertThat(refused.problems()).hasSize(3);
        assertThat(refused.problems().get(0)).startsWith("第 3 行：编码“2051”不是");
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).contains("第 4 行").contains("标记"));
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p).contains("第 5 行").contains("没有名称"));
    }

    @Test
    void aFileWithoutAnyFunctionCodeIsNotACatalog() {
        assertThatThrownBy(() -> OfficialCatalog.of("目录.xlsx", 2026, lines("301", "工资福利支出")))
                .hasMessageContaining("没有支出功能分类科目");
    }

    @Test
    void differencesNameNewRenamedAndWithdrawnCodes() {
        var before = ClassificationCatalog.builtIn().forYear(2026).functionsInForce();
        var after = new java.util.TreeMap<>(before);
        after.remove("2010101");
        after.put("2010102", new CatalogEntry("2010102", "一般行政管理事务（新）", new YearRange(2026, 2026), ""));
        after.put("2019998", new CatalogEntry("2019998", "新科目", new YearRange(2026, 2026), ""));

        CatalogDifferences differences = CatalogDifferences.between(before, after);

        assertThat(differences.added()).extracting(CatalogEntry::code).containsExactly("2019998");
        assertThat(differences.renamed()).containsExactly(new CatalogDifferences.Rename("2010102", "一般行政管理事务", "一般行政管理事务（新）"));
        assertThat(differences.withdrawn()).extracting(CatalogEntry::code).containsExactly("2010101");
        assertThat(differences.summary()).isEqualTo("新增 1 个、更名 1 个、停用 1 个");
    }
}
