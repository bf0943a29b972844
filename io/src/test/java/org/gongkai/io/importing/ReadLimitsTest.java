package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.gongkai.io.importing.read.ReadLimits;
import org.gongkai.io.importing.source.ImportException;

/** Documents larger than any real disclosure are refused before they are loaded, naming the limit. */
class ReadLimitsTest {

    private static final ReadLimits LIMITS = ReadLimits.STANDARD;

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    void aPdfOfThousandsOfBlankPagesIsRefusedByItsPageCount() throws IOException {
        byte[] pdf = pdf(8_000, false);
        assertThatThrownBy(() -> Documents.read("空白.pdf", pdf)).isInstanceOf(ImportException.class)
                .hasMessageContaining("空白.pdf").hasMessageContaining("页数 8000 页，超过 " + LIMITS.maxPages() + " 页上限");
    }

    @Test
    void aPdfAtThePageLimitIsStillRead() throws IOException {
        assertThat(Documents.read("长.pdf", pdf(LIMITS.maxPages(), true)).blocks()).isNotEmpty();
    }

    @Test
    void aWorkbookWithMoreCellsThanTheLimitIsRefusedWithoutLoadingIt() throws IOException {
        byte[] xlsx = workbook(LIMITS.maxCells() + 10);
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        assertThatThrownBy(() -> Documents.read("大表.xlsx", xlsx)).isInstanceOf(ImportException.class)
                .hasMessageContaining("大表.xlsx").hasMessageContaining("单元格数超过 " + LIMITS.maxCells() + " 个上限");
        // Loading it with POI would take over 70 MB; counting its cells takes next to nothing.
        assertThat(runtime.totalMemory() - runtime.freeMemory() - before).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aTemplateCheckOfAnOversizedWorkbookIsRefusedToo() throws IOException {
        byte[] xlsx = workbook(LIMITS.maxCells() + 10);
        assertThatThrownBy(() -> org.gongkai.io.intake.Intake.read("大表.xlsx", xlsx)).isInstanceOf(ImportException.class)
                .hasMessageContaining("单元格数超过");
    }

    @Test
    void aWordDocumentWithMoreParagraphsThanTheLimitIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument document = new XWPFDocument()) {
            for (long i = 0; i <= LIMITS.maxCells(); i++) {
                document.createParagraph();
            }
            document.write(out);
        }
        assertThatThrownBy(() -> Documents.read("长文.docx", out.toByteArray())).isInstanceOf(ImportException.class)
                .hasMessageContaining("段落和表格单元格数超过");
    }

    @Test
    void aReadWhoseThreadIsInterruptedStopsInsteadOfRunningOn() throws IOException {
        byte[] pdf = pdf(20, true);
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> Documents.read("慢.pdf", pdf)).isInstanceOf(ImportException.class)
                .hasMessageContaining("读取超时，已停止");
    }

    private static byte[] pdf(int pages, boolean withText) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                if (withText) {
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        content.beginText();
                        content.setFont(font, 12);
                        content.newLineAtOffset(72, 700);
                        content.showText("Page " + (i + 1));
                        content.endText();
                    }
                }
            }
            document.save(out);
        }
        return out.toByteArray();
    }

    private static byte[] workbook(long cells) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            var sheet = workbook.createSheet("表");
            int columns = 20;
            for (int r = 0; (long) r * columns < cells; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < columns; c++) {
                    row.createCell(c).setCellValue(r * columns + c);
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        return out.toByteArray();
    }
}
