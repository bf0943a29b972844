package org.gongkai.io.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.narrative.Drafter;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFormatsTest {

    private static DepartmentBudget sample;

    @BeforeAll
    static void readSample() throws Exception {
        sample = ModelJson.read(Path.of(ExportFormatsTest.class.getResource("/golden/qhd-etdz-affairs-2023/model.json").toURI()));
    }

    private static PackageContent content(DepartmentBudget model) {
        return PackageContent.of(Drafter.draft(model), ClassificationCatalog.builtIn());
    }

    @Test
    void thePdfEmbedsEveryGlyphItShowsAndReadsAsTheTables() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(content(sample), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            MissingGlyphs glyphs = new MissingGlyphs();
            glyphs.getText(pdf);
            assertThat(glyphs.shown).isGreaterThan(1000);
            assertThat(glyphs.missing).as("characters drawn as .notdef").isEmpty();
            // The cover and the contents come first; table 1 opens the numbered pages.
            PDFTextStripper page = new PDFTextStripper();
            page.setStartPage(3);
            page.setEndPage(3);
            String tableOne = page.getText(pdf);
            assertThat(tableOne).contains("部门预算收支总表").contains("8,900.03").contains("8,309.97").contains("第 1 页");
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(2, 72);
            assertThat(inkedPixels(image)).as("page with table 1 renders ink").isGreaterThan(1000);
            assertThat(pdf.getPage(0).getResources().getFontNames()).isNotEmpty();
        }
    }

    @Test
    void aCharacterTheFontLacksDoesNotBreakThePdf() throws Exception {
        DepartmentBudget odd = DepartmentBudget.builder(2023, new Department("999", "测试😀部门𠀀")).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.write(content(odd), out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("测试");
        }
    }

    @Test
    void htmlShowsNamesAsTextNeverAsMarkup() {
        DepartmentBudget hostile = DepartmentBudget.builder(2023, new Department("999", "<script>alert(1)</script>"))
                .build().toBuilder().build();
        String html = HtmlWriter.write(content(hostile));
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void htmlHasRealTablesWithHeadersAndTheColumnNumbers() {
        String html = HtmlWriter.write(content(sample));
        assertThat(html).contains("<th scope=\"col\" rowspan=\"2\">序号</th>").contains("<th scope=\"row\">栏次</th>")
                .contains("<td class=\"amount\">8,900.03</td>").contains("@media print").contains("空表列示");
    }

    @Test
    void csvFilesOpenInExcelAndOpenDataFollowsTheFiscalDataPackage(@TempDir Path dir) throws Exception {
        List<Path> files = Exporter.export(sample, EnumSet.of(Exporter.Format.csv, Exporter.Format.fdp, Exporter.Format.json), dir);
        Path first = files.stream().filter(f -> f.toString().endsWith("表1.csv")).findFirst().orElseThrow();
        byte[] bytes = Files.readAllBytes(first);
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("收入总计,8900.03,支出总计,8900.03");
        JsonNode descriptor = new ObjectMapper().readTree(dir.resolve("430-2023-fdp/datapackage.json").toFile());
        assertThat(descriptor.get("profile").asText()).isEqualTo("fiscal-data-package");
        assertThat(descriptor.get("model").get("measures").get("amount").get("currency").asText()).isEqualTo("CNY");
        List<String> csv = Files.readAllLines(dir.resolve("430-2023-fdp/budget.csv"));
        assertThat(csv.get(0)).isEqualTo(String.join(",", FiscalDataPackageWriter.FIELDS));
        assertThat(csv).anyMatch(l -> l.contains("2010350") && l.endsWith("3021.79"));
        assertThat(ModelJson.read(dir.resolve("430-2023.json")).figures().expenditureTotal()).isEqualByComparingTo("8900.03");
    }

    @Test
    void everyFormatIsWrittenForARandomModel(@TempDir Path dir) throws IOException {
        List<Path> files = Exporter.export(ValidPackages.random(5, 30), EnumSet.allOf(Exporter.Format.class), dir);
        assertThat(files).hasSizeGreaterThanOrEqualTo(16).allSatisfy(f -> assertThat(Files.size(f)).isPositive());
    }

    private static long inkedPixels(BufferedImage image) {
        long ink = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                ink += (image.getRGB(x, y) & 0xFFFFFF) < 0x808080 ? 1 : 0;
            }
        }
        return ink;
    }

    /** Counts every shown character and those the embedded font has no glyph for. */
    private static final class MissingGlyphs extends PDFTextStripper {
        int shown;
        final List<String> missing = new ArrayList<>();

        MissingGlyphs() throws IOException {
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            shown++;
            if (text.getFont() instanceof PDType0Font font) {
                for (int code : text.getCharacterCodes()) {
                    try {
                        if (!font.hasGlyph(code)) {
                            missing.add(text.getUnicode());
                        }
                    } catch (IOException e) {
                        missing.add(text.getUnicode() + " (" + e.getMessage() + ")");
                    }
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void eachFormatIsOneDownloadAndSeveralFilesComeZipped() throws Exception {
        var model = org.gongkai.core.budget.ValidPackages.random(5, 10);
        var xlsx = Exporter.download(model, Exporter.Format.xlsx);
        org.assertj.core.api.Assertions.assertThat(xlsx.filename()).endsWith(".xlsx");
        org.assertj.core.api.Assertions.assertThat(xlsx.bytes()).startsWith('P', 'K');
        var csv = Exporter.download(model, Exporter.Format.csv);
        org.assertj.core.api.Assertions.assertThat(csv.mediaType()).isEqualTo("application/zip");
        int entries = 0;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(csv.bytes()))) {
            while (zip.getNextEntry() != null) {
                entries++;
            }
        }
        org.assertj.core.api.Assertions.assertThat(entries).isEqualTo(9);
    }
}
