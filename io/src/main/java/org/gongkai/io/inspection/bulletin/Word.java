package org.gongkai.io.inspection.bulletin;

import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Paragraphs and tables of a Word document, in a font that has the Chinese characters (宋体 / 黑体). */
final class Word {

    private Word() {
    }

    static XWPFParagraph paragraph(XWPFDocument docx, String text, double size, boolean bold, boolean centred) {
        XWPFParagraph p = docx.createParagraph();
        if (centred) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(bold ? "黑体" : "宋体");
        return p;
    }

    /** Body text with a first-line indent of two characters. */
    static void body(XWPFDocument docx, String text) {
        XWPFParagraph p = paragraph(docx, text, 12, false, false);
        p.setIndentationFirstLine(480);
    }

    /** A table with a header row (repeated on each page) and one row per entry. */
    static XWPFTable table(XWPFDocument docx, List<String> header, List<List<String>> rows, double size) {
        XWPFTable table = docx.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        fill(table.getRow(0), header, size, true);
        table.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < rows.size(); r++) {
            fill(table.getRow(r + 1), rows.get(r), size, false);
        }
        return table;
    }

    private static void fill(XWPFTableRow row, List<String> cells, double size, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            XWPFRun run = p.createRun();
            run.setText(cells.get(c) == null ? "" : cells.get(c));
            run.setFontSize(size);
            run.setBold(bold);
            run.setFontFamily("宋体");
        }
    }
}
