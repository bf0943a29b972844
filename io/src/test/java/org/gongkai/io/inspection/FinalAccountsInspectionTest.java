package org.gongkai.io.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.core.budget.DisclosureKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 部门决算 in an inspector's folder is checked and scored as a 决算: its own nine tables, its self-evaluation, the 20 days. */
class FinalAccountsInspectionTest {

    @Test
    void aFinalAccountsIsScoredAgainstTheFinalAccountsChecklist(@TempDir Path folder) throws Exception {
        Files.copy(Path.of(getClass().getResource("/final-accounts/sh-putuo-social-work-2024-final-accounts/"
                + "sh-putuo-social-work-2024-final-accounts.pdf").toURI()), folder.resolve("决算.pdf"));
        Files.writeString(folder.resolve("dates.csv"), "文件,批复日期,公开日期\n决算.pdf,2025-06-01,2025-06-15\n");
        InspectionReport report = Inspection.run(Batch.open(folder), Timeliness.read(folder.resolve("dates.csv")), 1, (done, total) -> { });

        Scorecard card = report.documents().get(0);
        assertThat(card.status()).as(card.reason()).isEqualTo(Scorecard.Status.CHECKED);
        assertThat(card.kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        assertThat(card.kindName()).isEqualTo("决算");
        assertThat(card.departmentYear()).isEqualTo("中共上海市普陀区委社会工作部/2024/决算");
        assertThat(card.completeness()).anySatisfy(item -> {
            assertThat(item.name()).isEqualTo("表1《收入支出决算总表》");
            assertThat(item.state()).isEqualTo("有");
        });
        assertThat(card.completeness()).anySatisfy(item -> assertThat(item.name() + item.state()).isEqualTo("绩效自评有"));
        assertThat(card.completeness()).noneMatch(item -> item.name().contains("部门预算"));
        assertThat(card.timeliness().verdict()).isEqualTo(Timeliness.Verdict.ON_TIME);
        assertThat(report.summary().ranking()).singleElement().satisfies(r -> assertThat(r.kind()).isEqualTo("决算"));
    }
}
