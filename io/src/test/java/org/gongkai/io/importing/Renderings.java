package org.gongkai.io.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Cells;
import org.gongkai.io.importing.source.SourceDocument;
import org.gongkai.io.importing.source.Titles;

/** Real DOCX, XLSX and PDF files made (with POI and PDFBox) from a document's blocks, as an office suite would lay them out. */
public final class Renderings {

    /** The CJK TrueType font the project ships for its PDF export (nothing outside the repository is needed). */
    private static final String CJK_FONT = "/org/gongkai/io/exporting/fonts/wqy-microhei.ttc";

    private Renderings() {
    }

    static byte[] docx(SourceDocument document) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block block : document.blocks()) {
                if (block instanceof Block.Text text) {
                    docx.createParagraph().createRun().setText(text.text());
                } else {
                    List<List<String>> rows = ((Block.Grid) block).rows();
                    int width = rows.stream().mapToInt(List::size).max().orElse(1);
                    XWPFTable table = docx.createTable(rows.size(), width);
                    for (int r = 0; r < rows.size(); r++) {
                        XWPFTableRow row = table.getRow(r);
                        for (int c = 0; c < width; c++) {
                            row.getCell(c).setText(c < rows.get(r).size() ? rows.get(r).get(c) : "");
                        }
                    }
                    docx.createParagraph();
                }
            }
            docx.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx(SourceDocument document) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("公开表");
            int r = 0;
            for (Block block : document.blocks()) {
                if (block instanceof Block.Text text) {
                    sheet.createRow(r++).createCell(0).setCellValue(text.text());
                } else {
                    for (List<String> cells : ((Block.Grid) block).rows()) {
                        Row row = sheet.createRow(r++);
                        for (int c = 0; c < cells.size(); c++) {
                            if (!cells.get(c).isEmpty()) {
                                java.util.Optional<java.math.BigDecimal> amount = Cells.amount(cells.get(c));
                                if (amount.isPresent() && cells.get(c).contains(".")) {
                                    row.createCell(c).setCellValue(amount.get().doubleValue());
                                    row.getCell(c).setCellStyle(twoDecimals(workbook));
                                } else {
                                    row.createCell(c).setCellValue(cells.get(c));
                                }
                            }
                        }
                    }
                }
                r++;
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static org.apache.poi.ss.usermodel.CellStyle style;

    private static org.apache.poi.ss.usermodel.CellStyle twoDecimals(XSSFWorkbook workbook) {
        if (style == null || style.getIndex() >= workbook.getNumCellStyles() || workbook.getCellStyleAt(style.getIndex()) != style) {
            style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        }
        return style;
    }

    /** One page per table or section title, text lines top-down, grid cells at column positions sized to their text. */
    public static byte[] pdf(SourceDocument document) throws IOException {
        try (PDDocument pdf = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(Renderings.class.getResourceAsStream(CJK_FONT));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = PDType0Font.load(pdf, fonts.getFontByName("WenQuanYiMicroHei"), true);
            Page page = new Page(pdf, font);
            for (Block block : document.blocks()) {
                if (block instanceof Block.Text text) {
                    if (Titles.standardTable(text.text()).isPresent() || Titles.projectTable(text.text()).isPresent()) {
                        page = page.next();
                    }
                    page = page.line(List.of(text.text()), null, 9);
                } else {
                    List<List<String>> rows = ((Block.Grid) block).rows();
                    int width = rows.stream().mapToInt(List::size).max().orElse(1);
                    float[] widths = new float[width];
                    for (List<String> row : rows) {
                        for (int c = 0; c < row.size(); c++) {
                            widths[c] = Math.max(widths[c], Math.min(row.get(c).length(), 40) + 2);
                        }
                    }
                    float total = 0;
                    for (float w : widths) {
                        total += w;
                    }
                    float size = Math.min(8, 780f / total);
                    for (List<String> row : rows) {
                        page = page.line(row, widths, size);
                    }
                }
            }
            page.close();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static final class Page {
        private final PDDocument pdf;
        private final PDFont font;
        private final PDPageContentStream stream;
        private float y = PDRectangle.A4.getWidth() - 30;

        Page(PDDocument pdf, PDFont font) throws IOException {
            this.pdf = pdf;
            this.font = font;
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
        }

        Page next() throws IOException {
            close();
            return new Page(pdf, font);
        }

        Page line(List<String> cells, float[] widths, float size) throws IOException {
            Page page = y < 30 ? next() : this;
            float x = 30;
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c).replace('\n', ' ').replace('\t', ' ');
                if (!text.isEmpty()) {
                    page.stream.beginText();
                    page.stream.setFont(font, size);
                    page.stream.newLineAtOffset(x, page.y);
                    page.stream.showText(widths == null || text.length() <= 40 ? text : text.substring(0, 40));
                    page.stream.endText();
                }
                x += widths == null ? 0 : widths[c] * size;
            }
            page.y -= size * 1.6f;
            return page;
        }

        void close() throws IOException {
            stream.close();
        }
    }
}
