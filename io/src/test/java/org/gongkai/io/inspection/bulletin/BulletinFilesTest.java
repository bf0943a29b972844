package org.gongkai.io.inspection.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.io.inspection.Batch;
import org.gongkai.io.inspection.Inspection;
import org.gongkai.io.inspection.InspectionReport;
import org.gongkai.io.inspection.Timeliness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a bureau sends out, written from an inspection of real documents (two Shanghai PDFs, a 决算 among them, a
 * Fujian PDF published late, a Hebei text, a broken file), then read back with POI and PDFBox.
 */
class BulletinFilesTest {

    @TempDir
    static Path out;
    static List<String> files;
    static InspectionReport report;

    @BeforeAll
    static void writeEverything() throws Exception {
        Path folder = Path.of(BulletinFilesTest.class.getResource("/bulletin").toURI());
        try (Batch batch = Batch.open(folder)) {
            report = Inspection.run(batch, Timeliness.read(folder.resolve("dates.csv")), 2, (done, total) -> { });
            files = BulletinFiles.write(report, LocatedFindings.Source.of(batch),
                    List.of(new Bulletin.Problem("某某区教育局", "应公开未公开：名册中有此部门，批次中没有其文件")), out);
        }
    }

    @Test
    void writesTheBulletinEveryListAndAMarkedCopyOfEachPdf() {
        assertThat(files).contains("通报.docx", "通报.pdf", "整改清单/福州市鼓楼生态环境局-2026预算.xlsx",
                "整改清单/福州市鼓楼生态环境局-2026预算.docx", "整改清单/秦皇岛经济技术开发区管理委员会办公室-2020预算.xlsx",
                "标注/fj-fuzhou-gulou-eco-environment-2026-unit.pdf", "标注/sh-putuo-social-work-2024-final-accounts.pdf");
        assertThat(files).noneMatch(f -> f.startsWith("标注/qhd")).noneMatch(f -> f.contains("broken"));
    }

    @Test
    void bulletinNamesScopeLatenessRosterRankingFamiliesAndLeavesTheDeadlineBlank() throws Exception {
        String docx;
        try (InputStream in = Files.newInputStream(out.resolve("通报.docx")); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            docx = extractor.getText();
        }
        String pdf;
        try (PDDocument doc = Loader.loadPDF(out.resolve("通报.pdf").toFile())) {
            pdf = new PDFTextStripper().getText(doc);
        }
        for (String text : List.of(docx, Flat.squeeze(pdf))) {
            String flat = Flat.squeeze(text);
            assertThat(flat).contains("关于2020—2026年度部门预决算公开情况的通报", "共收到文件5份", "无法读取1份")
                    .contains("福州市鼓楼生态环境局", "未按时公开", "逾期26日", "broken.pdf", "某某区教育局", "应公开未公开")
                    .contains("上海市普陀区人民政府办公室", "表间勾稽（XT）", "例：福州市鼓楼生态环境局，第9页", "208社会保障和就业支出178.94")
                    .contains("整改要求", Bulletin.DEADLINE.replace(" ", ""));
            assertThat(text).doesNotContainPattern("于 ?20\\d\\d年\\d+月\\d+日 ?前");
        }
    }

    @Test
    void everyFindingIsARowOfItsDepartmentsListWithPageQuoteAndAnEmptyReply() throws Exception {
        var fujian = report.documents().stream().filter(c -> c.file().startsWith("fj-")).findFirst().orElseThrow();
        try (InputStream in = Files.newInputStream(out.resolve("整改清单/福州市鼓楼生态环境局-2026预算.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("整改清单");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("福州市鼓楼生态环境局", "2026", "预算", fujian.score().toString());
            List<String> header = new ArrayList<>();
            sheet.getRow(3).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactlyElementsOf(Rectification.COLUMNS);
            assertThat(sheet.getLastRowNum() - 3).isEqualTo(fujian.findings().size());
            Row row = rowOf(sheet, "208 社会保障和就业支出");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("R-XT-02");
            assertThat(row.getCell(3).getStringCellValue()).startsWith("第 9 页 · 表3");
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("208 社会保障和就业支出 178.94 178.94");
            assertThat(row.getCell(7).getStringCellValue()).isEmpty();
        }
        try (InputStream in = Files.newInputStream(out.resolve("整改清单/秦皇岛经济技术开发区管理委员会办公室-2020预算.docx"));
             XWPFDocument doc = new XWPFDocument(in)) {
            var table = doc.getTables().get(0);
            assertThat(table.getNumberOfRows() - 1).isEqualTo(report.documents().stream()
                    .filter(c -> c.file().startsWith("qhd")).findFirst().orElseThrow().findings().size());
            assertThat(table.getText()).contains("第 ", "行 · 说明·", "0.4 万元元", "应为 2.31 万元".substring(3));
        }
    }

    @Test
    void eachHighlightSitsOnItsFindingsPageOverTheQuotedText() throws Exception {
        Path folder = Path.of(BulletinFilesTest.class.getResource("/bulletin").toURI());
        var fujian = LocatedFindings.document(report.documents().stream().filter(c -> c.file().startsWith("fj-")).findFirst().orElseThrow(),
                name -> Files.readAllBytes(folder.resolve(name)));
        try (PDDocument doc = Loader.loadPDF(out.resolve("标注/fj-fuzhou-gulou-eco-environment-2026-unit.pdf").toFile())) {
            int marked = 0;
            for (LocatedFindings.Entry e : fujian.entries()) {
                if (e.page() == 0) {
                    continue;
                }
                PDPage page = doc.getPage(e.page() - 1);
                PDAnnotation mark = page.getAnnotations().stream().filter(a -> a.getContents() != null
                        && a.getContents().startsWith(e.number() + ". [" + e.finding().rule() + "]")).findFirst().orElseThrow();
                assertThat(mark).isInstanceOf(PDAnnotationHighlight.class);
                assertThat(Flat.squeeze(textUnder(page, mark))).contains(Flat.squeeze(e.quote()).substring(0, 3));
                marked++;
            }
            assertThat(marked).isGreaterThan(20);
            PDAnnotation list = doc.getPage(0).getAnnotations().stream().filter(a -> a instanceof PDAnnotationText).findFirst().orElseThrow();
            assertThat(list.getContents()).startsWith("检查意见（共 " + fujian.entries().size() + " 条）").contains("页码不详");
            String appended = new PDFTextStripper() {{ setStartPage(doc.getNumberOfPages() - 2); }}.getText(doc);
            assertThat(Flat.squeeze(appended)).contains("检查意见", "第9页", "R-XT-02");
        }
    }

    private static String textUnder(PDPage page, PDAnnotation mark) throws Exception {
        var r = mark.getRectangle();
        var crop = page.getCropBox();
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        area.addRegion("mark", new java.awt.geom.Rectangle2D.Float(r.getLowerLeftX() - crop.getLowerLeftX(),
                crop.getUpperRightY() - r.getUpperRightY(), r.getWidth(), r.getHeight()));
        area.extractRegions(page);
        return area.getTextForRegion("mark");
    }

    private static Row rowOf(Sheet sheet, String quote) {
        for (Row row : sheet) {
            if (row.getRowNum() > 3 && row.getCell(4) != null && row.getCell(4).getStringCellValue().startsWith(quote)) {
                return row;
            }
        }
        throw new AssertionError("no row quoting " + quote);
    }
}
