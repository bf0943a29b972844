package org.gongkai.io.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.accounts.ValidAccounts;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Final accounts are exported in every format a budget is: the nine 决算 tables and the drafted 决算 explanation. */
class AccountsExportTest {

    private static final FinalAccounts ACCOUNTS = ValidAccounts.random(20241231L, 30).accounts();

    @Test
    void everyFormatHoldsTheNineFinalAccountsTablesAndTheExplanation(@TempDir Path dir) throws Exception {
        List<Path> files = Exporter.export(ACCOUNTS, EnumSet.allOf(Exporter.Format.class), dir);
        String base = ACCOUNTS.actuals().department().code() + "-" + ACCOUNTS.year() + "-决算";

        String html = Files.readString(dir.resolve(base + ".html"));
        for (StandardTable kind : StandardTable.of(org.gongkai.core.budget.DisclosureKind.FINAL_ACCOUNTS)) {
            assertThat(html).contains(kind.title());
        }
        assertThat(html).contains("部门决算情况说明").contains("收入支出决算总体情况").contains(ACCOUNTS.expenditureTotal().toPlainString());

        try (PDDocument pdf = Loader.loadPDF(dir.resolve(base + ".pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("收入支出决算总表").contains("财政拨款“三公”经费支出决算表").contains("部门决算情况说明");
        }
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(dir.resolve(base + ".xlsx")))) {
            assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(9);
        }
        assertThat(files).filteredOn(f -> f.getFileName().toString().endsWith(".csv") && !f.getFileName().toString().equals("budget.csv")).hasSize(9);
        assertThat(ModelJson.readAccounts(Files.readString(dir.resolve(base + ".json")), "export")).satisfies(read ->
                assertThat(read.expenditureTotal()).isEqualByComparingTo(ACCOUNTS.expenditureTotal()));
        JsonNode descriptor = new ObjectMapper().readTree(dir.resolve(base + "-fdp/datapackage.json").toFile());
        assertThat(descriptor.at("/model/measures/amount/phase").asText()).isEqualTo("executed");
        assertThat(descriptor.get("title").asText()).endsWith("部门决算");
        assertThat(Files.readString(dir.resolve(base + "-fdp/budget.csv"), StandardCharsets.UTF_8).lines().count())
                .isEqualTo(1 + ACCOUNTS.actuals().expenditures().size() + ACCOUNTS.actuals().basicEconomic().size());
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.EnumSource(value = Exporter.Format.class, names = {"xlsx", "docx", "pdf"})
    void whatIsExportedImportsBackAsTheSameFinalAccounts(Exporter.Format format, @TempDir Path dir) throws Exception {
        Path file = Exporter.export(ACCOUNTS, EnumSet.of(format), dir).get(0);
        org.gongkai.io.importing.ImportResult read = org.gongkai.io.importing.Documents.importFile(file);
        assertThat(read.kind()).isEqualTo(org.gongkai.core.budget.DisclosureKind.FINAL_ACCOUNTS);
        assertThat(read.publishedTables()).hasSize(9);
        FinalAccounts back = read.accounts();
        assertThat(back.expenditureTotal()).isEqualByComparingTo(ACCOUNTS.expenditureTotal());
        assertThat(back.incomeTotal()).isEqualByComparingTo(ACCOUNTS.incomeTotal());
        assertThat(back.figures().basic()).isEqualByComparingTo(ACCOUNTS.figures().basic());
        assertThat(back.actuals().figures().threePublic().total()).isEqualByComparingTo(ACCOUNTS.actuals().figures().threePublic().total());
        assertThat(back.evaluations()).extracting(e -> e.subject() + " " + e.score().stripTrailingZeros().toPlainString() + " " + e.grade())
                .containsExactlyElementsOf(ACCOUNTS.evaluations().stream()
                        .map(e -> e.subject() + " " + e.score().stripTrailingZeros().toPlainString() + " " + e.grade()).toList());
        assertThat(org.gongkai.core.rules.RuleRegistry.check(read.disclosure(org.gongkai.core.classification.ClassificationCatalog.builtIn())))
                .noneMatch(f -> f.severity() == org.gongkai.core.rules.Severity.ERROR);
    }

    @Test
    void aDownloadOfSeveralFilesIsOneZipNamedForTheFinalAccounts() throws Exception {
        Exporter.Download csv = Exporter.download(ACCOUNTS, Exporter.Format.csv);
        assertThat(csv.filename()).endsWith("-决算-csv.zip");
        assertThat(csv.mediaType()).isEqualTo("application/zip");
        Exporter.Download pdf = Exporter.download(ACCOUNTS, Exporter.Format.pdf);
        assertThat(pdf.filename()).endsWith("-决算.pdf");
        assertThat(pdf.bytes()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }
}
