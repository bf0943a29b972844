package org.gongkai.io.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.accounts.ValidAccounts;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.narrative.Drafter;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The published PDF read back with PDFBox, on the sample whose model holds what used to reach the page as typed:
 * formula markup in its goals (「\leq 3天」, 「$\geq 90\%$」), its duties typed as a list (「- ①负责…」), and the
 * department's internal code 430. The cover is dated, the document titled, a continued table says 续表.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedPdfTest {

    private DepartmentBudget sample;
    private List<String> pages;
    private PDDocument document;

    @BeforeAll
    void theSamplePrinted() throws Exception {
        sample = ModelJson.read(Path.of(PublishedPdfTest.class.getResource("/golden/qhd-etdz-affairs-2023/model.json").toURI()));
        byte[] pdf = pdf(PackageContent.of(Drafter.draft(sample), ClassificationCatalog.builtIn()).withDate(LocalDate.of(2023, 2, 17)));
        document = Loader.loadPDF(pdf);
        pages = pages(document);
    }

    @Test
    void formulaMarkupIsPrintedAsTheSymbolsItStandsFor() {
        String text = String.join("\n", pages);
        assertThat(text).doesNotContain("\\leq", "\\geq", "\\times", "\\%", "$");
        assertThat(text).contains("小于3天 ≤3天。", "开工率 ≥60%。", "出车任务及时率 ≥90%。", "×100%≥90%。");
    }

    @Test
    void theCoverIsDatedWithTheMonthOfApprovalOrPublication() throws IOException {
        assertThat(pages.get(0)).contains("2023年2月").doesNotContain("年　　月");
        PackageContent undated = PackageContent.of(Drafter.draft(sample), ClassificationCatalog.builtIn());
        try (PDDocument draft = Loader.loadPDF(pdf(undated))) {
            assertThat(pages(draft).get(0)).contains("年　　月");
        }
    }

    @Test
    void aListTypedWithDashesIsPrintedAsAListUnderItsOwnNumbers() {
        String text = String.join("\n", pages);
        assertThat(text).doesNotContain("- ①", "- ②");
        assertThat(text.lines().filter(l -> l.matches("①\\s*负责开发区机关事务的服务、保障工作。?"))).hasSize(1);
    }

    @Test
    void everyTableIsHeadedWithTheDepartmentsNameNotItsCode() {
        String name = sample.department().name();
        String text = String.join("\n", pages);
        assertThat(text).contains("编制部门：" + name).doesNotContain(sample.department().code() + " " + name);
    }

    @Test
    void aTableGoingOnOnTheNextPageSaysContinuedAndRepeatsItsHeader() {
        List<String> continued = pages.stream().filter(p -> p.strip().startsWith(PdfTable.CONTINUED)).toList();
        assertThat(continued).isNotEmpty();
        // The line under 续表 is a header row: its words, not a row of figures.
        assertThat(continued).allSatisfy(p -> assertThat(p.strip().lines().skip(1).findFirst().orElse(""))
                .doesNotContainPattern("^\\d+\\.\\d{2}").containsPattern("\\p{IsHan}"));
    }

    @Test
    void theDocumentIsTitledInItsInformation() {
        assertThat(document.getDocumentInformation().getTitle()).isEqualTo(sample.department().name() + "2023年部门预算公开");
        assertThat(document.getDocumentInformation().getAuthor()).isEqualTo(sample.department().name());
        assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
    }

    @Test
    void aFinalAccountsIsTitledAndCoveredAsAFinalAccounts() throws IOException {
        FinalAccounts accounts = ValidAccounts.random(20241231L, 30).accounts();
        PackageContent content = PackageContent.of(accounts, ClassificationCatalog.builtIn()).withDate(LocalDate.of(2025, 9, 1));
        try (PDDocument pdf = Loader.loadPDF(pdf(content))) {
            String name = accounts.actuals().department().name();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(name + accounts.year() + "年度部门决算公开");
            assertThat(pages(pdf).get(0)).contains(accounts.year() + "年度部门决算", "2025年9月").doesNotContain("部门预算");
        }
    }

    private static byte[] pdf(PackageContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(content, out);
        return out.toByteArray();
    }

    private static List<String> pages(PDDocument document) throws IOException {
        List<String> texts = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int p = 1; p <= document.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            texts.add(stripper.getText(document));
        }
        return texts;
    }
}
