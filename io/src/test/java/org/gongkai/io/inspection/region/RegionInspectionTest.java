package org.gongkai.io.inspection.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.io.inspection.InspectionReport;
import org.gongkai.io.inspection.ReportWriters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The test region of real documents (src/test/resources/region/README.md says what is wrong in it and why): each
 * planted or published problem is found, and the consistent 部门/单位 pairs raise nothing.
 */
class RegionInspectionTest {

    @TempDir
    static Path folder;
    static InspectionReport report;

    @BeforeAll
    static void inspect() {
        report = TestRegion.inspected(folder);
    }

    private static List<RegionFinding> of(String rule) {
        return report.region().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    @Test
    void namesTheDepartmentsThatPublishedNothing() {
        assertThat(of("R-X-11")).extracting(RegionFinding::department)
                .containsExactlyInAnyOrder("上海市普陀区财政局", "江苏省高级人民法院");
        assertThat(of("R-X-11").get(0).message()).contains("应公开未公开", "2025 年预算", "名单");
    }

    @Test
    void findsTheLatePublicationFromTheRostersApprovalDate() {
        assertThat(of("R-X-13")).singleElement().satisfies(f -> {
            assertThat(f.files()).containsExactly("上海市普陀区商务委员会/2025年部门预算.pdf");
            assertThat(f.message()).contains("2025-01-20", "2025-03-10", "逾期 29 日");
        });
    }

    @Test
    void findsTheProcuratorsBudgetFiledUnderTheCourt() {
        assertThat(of("R-X-10")).singleElement().satisfies(f -> {
            assertThat(f.files()).containsExactly("江苏省高级人民法院/2019年部门预算.pdf");
            assertThat(f.message()).contains("江苏省高级人民法院", "江苏省人民检察院");
        });
        assertThat(of("R-X-08")).singleElement().satisfies(f -> assertThat(f.files())
                .containsExactlyInAnyOrder("江苏省人民检察院/2019年部门预算.pdf", "江苏省高级人民法院/2019年部门预算.pdf"));
    }

    /** 2,214.39 / 21,955.35 = 10.09% (stated 10.06%); 1,237.7 / 5,573 = 22.21% (stated 13.22%); the others reproduce. */
    @Test
    void recomputesTheStatedRatesFromLastYearsBudget() {
        assertThat(of("R-X-06")).extracting(RegionFinding::location)
                .containsExactlyInAnyOrder("比上年增减率·收支总计", "比上年增减率·项目支出");
        assertThat(of("R-X-06")).extracting(RegionFinding::message).anySatisfy(m -> assertThat(m).contains("10.09%", "10.06%"))
                .anySatisfy(m -> assertThat(m).contains("22.21%", "13.22%"));
        assertThat(of("R-X-05")).isEmpty();
    }

    @Test
    void raisesNothingOnTheConsistentDepartmentAndUnitPackages() {
        assertThat(report.region()).noneMatch(f -> f.files().stream().anyMatch(file -> file.startsWith("上海市普陀区人民政府办公室")));
        assertThat(report.region()).noneMatch(f -> f.rule().equals("R-X-07") || f.rule().equals("R-X-09") || f.rule().equals("R-X-14"));
        assertThat(report.region()).hasSize(7);
    }

    @Test
    void writesTheRegionFindingsIntoEveryReport() throws Exception {
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        ReportWriters.write(report, ReportWriters.Format.html, html);
        assertThat(html.toString(StandardCharsets.UTF_8)).contains("<h2 id=\"region\">跨文件与名单</h2>", "R-X-11");
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        ReportWriters.write(report, ReportWriters.Format.json, json);
        assertThat(ReportWriters.readJson(json.toString(StandardCharsets.UTF_8)).region()).hasSize(7);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ReportWriters.write(report, ReportWriters.Format.xlsx, xlsx);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(book.getSheet("跨文件与名单").getLastRowNum()).isEqualTo(7);
        }
    }
}
