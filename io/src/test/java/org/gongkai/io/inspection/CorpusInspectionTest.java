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
}
