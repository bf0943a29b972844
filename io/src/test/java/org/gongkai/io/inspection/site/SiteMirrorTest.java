package org.gongkai.io.inspection.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.io.inspection.Inspection;
import org.gongkai.io.inspection.InspectionReport;
import org.gongkai.io.inspection.Scorecard;
import org.gongkai.io.inspection.Timeliness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteMirrorTest {

    @TempDir
    Path temp;

    private Map<String, SiteDisclosure> found(Path site) {
        return DisclosureFinder.find(site).disclosures().stream().collect(Collectors.toMap(SiteDisclosure::page, d -> d));
    }

    @Test
    void findsTheThreeDisclosurePagesAndNotTheListings() {
        Map<String, SiteDisclosure> found = found(SiteFixtures.mirror(temp));
        assertThat(found).containsOnlyKeys(SiteFixtures.BUDGET_PAGE, SiteFixtures.ACCOUNTS_PAGE, SiteFixtures.PDF_PAGE);
        assertThat(DisclosureFinder.find(temp).skipped()).anyMatch(s -> s.startsWith(SiteFixtures.COLUMN + "index.html：栏目列表页"));
    }

    @Test
    void joinsEachPageWithTheAttachmentsItLinks() {
        Map<String, SiteDisclosure> found = found(SiteFixtures.mirror(temp));
        assertThat(found.get(SiteFixtures.ACCOUNTS_PAGE).attachmentKeys())
                .containsExactly(SiteFixtures.HOST + "/uploadfiles/2024/08/P020240830391245.xls");
        assertThat(found.get(SiteFixtures.PDF_PAGE).attachmentKeys())
                .containsExactly(SiteFixtures.COLUMN + "2025/附件/2025年部门预算.pdf");
    }

    @Test
    void saysWhichLinkedAttachmentsItCouldNotTake() {
        Map<String, SiteDisclosure> found = found(SiteFixtures.mirror(temp));
        assertThat(found.get(SiteFixtures.BUDGET_PAGE).notTaken()).singleElement().asString()
                .contains("青山县农业农村局2024年部门预算公开表.xls").contains("不在保存的网站中");
        assertThat(found.get(SiteFixtures.PDF_PAGE).notTaken()).singleElement().asString()
                .contains("镜像之外的网站").contains("www.other-district.gov.cn");
    }

    @Test
    void takesThePublicationDateFromTheLineOrTheMetaTag() {
        Map<String, SiteDisclosure> found = found(SiteFixtures.mirror(temp));
        assertThat(found.get(SiteFixtures.BUDGET_PAGE).published()).isEqualTo(LocalDate.of(2024, 1, 26));
        assertThat(found.get(SiteFixtures.ACCOUNTS_PAGE).published()).isEqualTo(LocalDate.of(2024, 8, 30));
        assertThat(found.get(SiteFixtures.PDF_PAGE).published()).isEqualTo(LocalDate.of(2025, 2, 10));
    }

    @Test
    void inspectionScoresEachDisclosureUnderItsPageWithItsDate() {
        DisclosureFinder.Found found = DisclosureFinder.find(SiteFixtures.mirror(temp));
        InspectionReport report = Inspection.run(SiteBatch.of(found), Timeliness.none().withPublished(SiteBatch.published(found)), 2,
                (done, total) -> { });
        Map<String, Scorecard> cards = report.documents().stream().collect(Collectors.toMap(Scorecard::file, c -> c));
        assertThat(cards).containsOnlyKeys(SiteFixtures.BUDGET_PAGE, SiteFixtures.ACCOUNTS_PAGE, SiteFixtures.PDF_PAGE);
        assertThat(cards.values()).allSatisfy(c -> assertThat(c.status()).as(c.file() + " " + c.reason()).isEqualTo(Scorecard.Status.CHECKED));
        assertThat(cards.get(SiteFixtures.ACCOUNTS_PAGE).year()).isEqualTo(2023);
        assertThat(cards.get(SiteFixtures.PDF_PAGE).year()).isEqualTo(2025);
        assertThat(cards.get(SiteFixtures.BUDGET_PAGE).timeliness().published()).isEqualTo("2024-01-26");
    }

    @Test
    void skipsAnAttachmentOverTheSizeLimitAndALinkOutOfTheMirrorNamingThem() throws java.io.IOException {
        Path site = SiteFixtures.mirror(temp);
        Path column = site.resolve(SiteFixtures.COLUMN);
        try (var huge = new java.io.RandomAccessFile(column.resolve("huge-预算.pdf").toFile(), "rw")) {
            huge.setLength(org.gongkai.io.importing.Documents.MAX_BYTES + 1);
        }
        java.nio.file.Files.writeString(column.resolve("bad.html"), "<html><head><meta charset=\"utf-8\"><title>2025年部门预算</title></head><body>"
                + "<a href=\"huge-预算.pdf\">2025年部门预算（大）</a><a href=\"../../../../../../etc/预算.pdf\">2025年部门预算（外）</a></body></html>");
        SiteDisclosure bad = found(site).get(SiteFixtures.COLUMN + "bad.html");
        assertThat(bad.attachments()).isEmpty();
        assertThat(bad.notTaken()).anyMatch(r -> r.contains("huge-预算.pdf") && r.contains("MB 的读取上限"))
                .anyMatch(r -> r.contains("镜像文件夹之外"));
    }

    @Test
    void fillsThePublicationDateWhereTheDatesTableHasOnlyTheApproval() {
        DisclosureFinder.Found found = DisclosureFinder.find(SiteFixtures.mirror(temp));
        Path csv = temp.resolve("dates.csv");
        try {
            java.nio.file.Files.writeString(csv, "文件,批复日期,公开日期\n" + SiteFixtures.BUDGET_PAGE + ",2024-01-05,\n");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Timeliness.Judgement judged = Timeliness.read(csv).withPublished(SiteBatch.published(found)).judge(SiteFixtures.BUDGET_PAGE);
        assertThat(judged.verdict()).isEqualTo(Timeliness.Verdict.LATE);
        assertThat(judged.daysLate()).isEqualTo(1);
    }
}
