package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.io.json.SummaryJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gongkai.io.importing.recognise.DocumentFacts;
import org.gongkai.io.importing.recognise.ReadTable;

/**
 * Disclosures published as web pages import as any other document does: department, year, kind and the headline
 * figures, from the article and its tables or its attachment. Fixtures in src/test/resources/web.
 */
class WebPageImportTest {

    @TempDir
    Path folder;

    @Test
    void aBudgetPageWhoseArticleIsTheExplanationAndWhoseTablesAreHtmlImportsWhole() throws IOException {
        JsonNode summary = summary(page(WebPages.BUDGET));
        assertThat(summary.get("department").asText()).isEqualTo("青山县农业农村局");
        assertThat(summary.get("year").asInt()).isEqualTo(2024);
        assertThat(summary.get("kind").asText()).isEqualTo("BUDGET");
        assertAmount(summary, "incomeTotal", "1256.80");
        assertAmount(summary, "expenditureTotal", "1256.80");
        assertAmount(summary, "basic", "806.80");
        assertAmount(summary, "project", "450.00");
        assertAmount(summary, "personnel", "714.30");
        assertAmount(summary, "publicFunds", "92.50");
        assertAmount(summary.get("threePublic"), "total", "20.00");
        assertAmount(summary.get("threePublic"), "vehicleOperation", "14.00");
        assertAmount(summary.get("threePublic"), "reception", "6.00");
        assertAmount(summary.get("threePublicLastYear"), "total", "22.50");
        assertAmount(summary, "operatingCost", "92.50");
        assertAmount(summary, "procurementTotal", "35.60");
    }

    @Test
    void theBudgetPagesNineTablesAreReadByTheirLayouts() throws IOException {
        ImportResult result = Documents.importFile(page(WebPages.BUDGET));
        assertThat(result.readTables()).extracting(ReadTable::layout).containsExactly("SUMMARY", "INCOME", "EXPENDITURE",
                "FISCAL_SUMMARY", "GENERAL_PUBLIC_EXPENDITURE", "GENERAL_PUBLIC_BASIC", "GOVERNMENT_FUND_EXPENDITURE",
                "STATE_CAPITAL_EXPENDITURE", "THREE_PUBLIC");
        assertThat(result.unparsed()).as(result.unparsed().toString()).isEmpty();
    }

    @Test
    void aFinalAccountsPageWithItsTablesInAnXlsAttachmentImportsAsOneFinalAccounts() throws IOException {
        WebPages.savedPage(folder, WebPages.FINAL_ACCOUNTS, "page.html",
                List.of(new WebPages.Attachment(WebPages.FINAL_ACCOUNTS_XLS, WebPages.finalAccountsXls())));
        JsonNode summary = summary(folder);
        assertThat(summary.get("department").asText()).isEqualTo("青山县档案馆");
        assertThat(summary.get("year").asInt()).isEqualTo(2023);
        assertThat(summary.get("kind").asText()).isEqualTo("FINAL_ACCOUNTS");
        assertAmount(summary, "incomeTotal", "120.00");
        assertAmount(summary, "expenditureTotal", "120.00");
        assertAmount(summary, "basic", "80.00");
        assertAmount(summary, "project", "40.00");
        assertAmount(summary, "personnel", "75.00");
        assertAmount(summary.get("threePublic"), "total", "5.20");
        assertAmount(summary, "operatingCost", "5.00");
        assertAmount(summary.get("procurementSplit"), "goods", "10.00");
    }

    @Test
    void thePageAndItsAttachmentGivenAsTwoFilesImportTheSameAsTheirFolder() throws IOException {
        Path page = Files.write(folder.resolve("page.html"), WebPages.bytes(WebPages.FINAL_ACCOUNTS));
        Path xls = Files.write(folder.resolve(WebPages.FINAL_ACCOUNTS_XLS), WebPages.finalAccountsXls());
        ImportResult files = Documents.importFiles(List.of(page, xls));
        ImportResult asFolder = Documents.importFiles(List.of(folder));
        assertThat(SummaryJson.write(files)).isEqualTo(SummaryJson.write(asFolder));
        assertThat(files.accounts().incomeTotal()).isEqualByComparingTo("120.00");
    }

    @Test
    void aThreePublicOnlyPageImportsWithItsFiguresInsteadOfBeingRefused() throws IOException {
        ImportResult result = Documents.importFile(page(WebPages.THREE_PUBLIC));
        assertThat(result.facts().kind()).isEqualTo(DocumentFacts.Kind.BUDGET);
        JsonNode summary = summary(result);
        assertThat(summary.get("department").asText()).isEqualTo("青山县民政局");
        assertThat(summary.get("year").asInt()).isEqualTo(2014);
        assertAmount(summary.get("threePublic"), "total", "12.50");
        assertAmount(summary.get("threePublic"), "abroad", "0");
        assertAmount(summary.get("threePublic"), "reception", "4.50");
        assertAmount(summary.get("threePublic"), "vehicleOperation", "8.00");
    }

    @Test
    void aScriptedHtml5PageImportsItsArticleFigures() throws IOException {
        JsonNode summary = summary(page(WebPages.SCRIPTED));
        assertThat(summary.get("department").asText()).isEqualTo("青山县城关镇人民政府");
        assertThat(summary.get("year").asInt()).isEqualTo(2023);
        assertAmount(summary, "incomeTotal", "865.20");
        assertAmount(summary.get("threePublic"), "total", "8.60");
        assertAmount(summary, "operatingCost", "68.40");
    }

    private Path page(String resource) throws IOException {
        return Files.write(folder.resolve(resource), WebPages.bytes(resource));
    }

    private static JsonNode summary(Path file) throws IOException {
        return summary(Documents.importFiles(List.of(file)));
    }

    private static JsonNode summary(ImportResult result) throws IOException {
        return new ObjectMapper().readTree(SummaryJson.write(result));
    }

    private static void assertAmount(JsonNode node, String key, String expected) {
        assertThat(node.get(key).isNull()).as(key + " is stated").isFalse();
        assertThat(node.get(key).decimalValue()).as(key).isEqualByComparingTo(expected);
    }
}
