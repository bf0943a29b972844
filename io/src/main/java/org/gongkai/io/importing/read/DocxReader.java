package org.gongkai.io.importing.read;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Cells;
import org.gongkai.io.importing.source.SourceDocument;

/**
 * Reads a Word document (DOCX, with Apache POI): paragraphs and tables in document order. A paragraph's
 * heading level comes from its style ("Heading 2", "标题 2"); a cell merged across columns keeps the columns aligned
 * with the header (a label is repeated under each column it spans).
 */
public final class DocxReader {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)(heading|标题)\\s*(\\d)");

    private DocxReader() {
    }

    /** Counts paragraphs and table cells before loading: a document over {@link ReadLimits#maxCells()} is refused unread. */
    public static SourceDocument read(String name, byte[] docx) throws IOException {
        OfficeCensus.requireDocumentWithin(name, docx, ReadLimits.STANDARD);
        List<Block> blocks = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            int paragraph = 0;
            int table = 0;
            for (IBodyElement element : document.getBodyElements()) {
                ReadLimits.stopIfInterrupted(name);
                if (element instanceof XWPFParagraph p) {
                    paragraph++;
                    for (String line : TextReader.clean(p.getText()).split("\n")) {
                        if (!line.isBlank()) {
                            blocks.add(new Block.Text(line.strip(), level(p), "第 " + paragraph + " 段"));
                        }
                    }
                } else if (element instanceof XWPFTable t) {
                    table++;
                    blocks.add(grid(t, "第 " + table + " 个表格"));
                }
            }
        }
        return new SourceDocument(name, blocks);
    }

    private static int level(XWPFParagraph paragraph) {
        String style = paragraph.getStyle() == null ? "" : paragraph.getStyle();
        String styleName = paragraph.getStyleID() == null ? style : paragraph.getStyleID();
        Matcher m = HEADING_STYLE.matcher(styleName);
        return m.find() ? Integer.parseInt(m.group(2)) : 0;
    }

    /**
     * A table's rows with its merged cells spread: a label spanning columns (a header such as "支出预算" over 合计 |
     * 基本支出 | 项目支出) is repeated under each of them, so the grid knows its spans; an amount never is.
     */
    private static Block.Grid grid(XWPFTable table, String where) {
        List<List<String>> rows = new ArrayList<>();
        boolean spans = false;
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                String text = TextReader.clean(cell.getText()).strip();
                cells.add(text);
                int span = cell.getCTTc().getTcPr() != null && cell.getCTTc().getTcPr().getGridSpan() != null
                        ? cell.getCTTc().getTcPr().getGridSpan().getVal().intValue() : 1;
                spans |= span > 1;
                for (int extra = 1; extra < span; extra++) {
                    cells.add(text.isBlank() || Cells.amount(text).isPresent() ? "" : text);
                }
            }
            rows.add(cells);
        }
        return new Block.Grid(rows, where, spans);
    }
}
