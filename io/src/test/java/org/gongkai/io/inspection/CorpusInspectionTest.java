package org.gongkai.io.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inspector's folder of real published files (the corpus fixtures): the two files of one disclosure are checked as
 * one, the 部门 and 单位 versions of one department's budget are two disclosures (not duplicates), and every document
 * names its department.
 */
class CorpusInspectionTest {

    private static Path fixture(String id, String file) throws Exception {
        return Path.of(CorpusInspectionTest.class.getResource("/corpus/" + id + "/" + file).toURI());
    }

    @Test
    void theTwoFilesOfOneDisclosureAreCheckedAsOneAndNothingIsCalledADuplicateThatIsNot(@TempDir Path folder) throws Exception {
        for (String[] file : List.of(new String[] {"js-party-office-2018", "js-party-office-2018-explanation.pdf"},
                new String[] {"js-party-office-2018", "js-party-office-2018-tables.pdf"},
                new String[] {"sh-putuo-commerce-2025-dept", "sh-putuo-commerce-2025-dept.pdf"},
                new String[] {"sh-putuo-commerce-2025-unit", "sh-putuo-commerce-2025-unit.pdf"})) {
            Files.copy(fixture(file[0], file[1]), folder.resolve(file[1]));
        }
        InspectionReport report = Inspection.run(Batch.open(folder), Timeliness.none(), 2, (done, total) -> { });

        Scorecard joined = report.documents().stream().filter(c -> c.file().contains(" + ")).findFirst().orElseThrow();
        assertThat(joined.file()).isEqualTo("js-party-office-2018-explanation.pdf + js-party-office-2018-tables.pdf");
        assertThat(joined.status()).isEqualTo(Scorecard.Status.CHECKED);
        assertThat(joined.departmentName()).isEqualTo("中共江苏省委办公厅");
        assertThat(report.documents().stream().filter(c -> c.file().equals("js-party-office-2018-tables.pdf")).findFirst().orElseThrow()
                .reason()).contains("同一份公开的两部分");
        assertThat(report.documents()).noneMatch(c -> c.status() == Scorecard.Status.DUPLICATE);
        assertThat(report.documents()).filteredOn(c -> c.status() == Scorecard.Status.CHECKED)
                .allMatch(c -> c.departmentName() != null && !c.departmentName().contains("未识别"));
        assertThat(report.summary().ranking()).extracting(InspectionReport.Ranked::departmentName)
                .as("each department ranked on its own, not as one unnamed department")
                .contains("中共江苏省委办公厅", "上海市普陀区商务委员会");
    }

    /** Four files, one of them checked on its other part's row: the counts add up, and the part's half-alone findings are not counted again. */
    @Test
    void theCountsAddUpWhenTwoFilesAreJoinedIntoOneDisclosure(@TempDir Path folder) throws Exception {
        for (String file : List.of("js-party-office-2018-explanation.pdf", "js-party-office-2018-tables.pdf")) {
            Files.copy(fixture("js-party-office-2018", file), folder.resolve(file));
        }
        Files.copy(fixture("sh-putuo-commerce-2025-dept", "sh-putuo-commerce-2025-dept.pdf"), folder.resolve("commerce.pdf"));
        InspectionReport report = Inspection.run(Batch.open(folder), Timeliness.none(), 2, (done, total) -> { });

        InspectionReport.Summary s = report.summary();
        assertThat(s.documents()).isEqualTo(3);
        assertThat(s.checked() + s.unreadable() + s.duplicates() + s.parts()).isEqualTo(s.documents());
        assertThat(s.parts()).isEqualTo(1);
        Scorecard part = report.documents().stream().filter(c -> c.status() == Scorecard.Status.PART).findFirst().orElseThrow();
        Scorecard joined = report.documents().stream().filter(c -> c.file().contains(" + ")).findFirst().orElseThrow();
        assertThat(part.findings()).isEmpty();
        assertThat(part.score()).isEqualTo(joined.score());
    }

    /** The importer's 「000」 (no code printed) is no code: the XLSX leaves the cell empty, and a roster's code fills it. */
    @Test
    void noMadeUpDepartmentCodeInTheReportAndTheRostersCodeWhereItNamesTheDocument(@TempDir Path folder) throws Exception {
        Files.copy(fixture("sh-putuo-commerce-2025-dept", "sh-putuo-commerce-2025-dept.pdf"), folder.resolve("commerce.pdf"));
        Files.copy(fixture("js-procuratorate-2019", "js-procuratorate-2019.pdf"), folder.resolve("procuratorate.pdf"));
        org.gongkai.io.inspection.region.Roster roster = org.gongkai.io.inspection.region.Roster.parse("roster.csv",
                "编码,名称,级次,上级编码\nP02,上海市普陀区商务委员会,部门,\n");
        InspectionReport report = Inspection.run(Batch.open(folder), Timeliness.none(), roster, 2, (done, total) -> { });

        assertThat(report.documents()).extracting(Scorecard::departmentCode).doesNotContain("000").contains("P02");
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        ReportWriters.write(report, ReportWriters.Format.xlsx, xlsx);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = book.getSheet("文档");
            List<String> codes = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(4);
                codes.add(cell == null ? "" : cell.getStringCellValue());
            }
            assertThat(codes).doesNotContain("000").contains("P02");
        }
    }
}
