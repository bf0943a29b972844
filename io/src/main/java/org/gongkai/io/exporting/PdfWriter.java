package org.gongkai.io.exporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gongkai.core.tables.HeaderCell;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * The package as PDF (PDFBox), A4 landscape: a contents page with page numbers, the nine tables with their headers
 * repeated on every page they run onto, the explanation, the project tables; "第 N 页 共 M 页" on every page. The
 * CJK font (WenQuanYi Micro Hei, Apache-2.0, see fonts/README.md) is embedded as a subset. Cells are left-aligned
 * at their column's edge so the document reads back into the same figures.
 */
public final class PdfWriter {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float BOTTOM = 48;

    private final PDDocument document = new PDDocument();
    private final TrueTypeCollection collection;
    private final org.apache.fontbox.ttf.TrueTypeFont truetype;
    private final org.apache.fontbox.ttf.CmapLookup cmap;
    private final PDFont font;
    private PDPageContentStream stream;
    private float y;
    private final List<String[]> contents = new ArrayList<>();

    private PdfWriter() throws IOException {
        try (InputStream in = PdfWriter.class.getResourceAsStream("fonts/wqy-microhei.ttc")) {
            collection = new TrueTypeCollection(in);
        }
        truetype = collection.getFontByName("WenQuanYiMicroHei");
        cmap = truetype.getUnicodeCmapLookup();
        font = PDType0Font.load(document, truetype, true);
    }

    public static void write(PackageContent content, OutputStream out) throws IOException {
        PdfWriter writer = new PdfWriter();
        // The font stays open until the subset is written on save.
        try (TrueTypeCollection fonts = writer.collection; PDDocument document = writer.document) {
            writer.render(content);
            writer.contentsPage(content.title());
            writer.pageNumbers();
            document.save(out);
        }
    }

    /** The text with any character the font cannot draw shown as □, so a rare character never breaks the export. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp >= 0x20 && cmap.getGlyphId(cp) > 0) {
                out.appendCodePoint(cp);
            } else if (!Character.isWhitespace(cp)) {
                out.append('□');
            } else {
                out.append(' ');
            }
        });
        return out.toString();
    }

    private void render(PackageContent content) throws IOException {
        newPage();
        for (PackageContent.Part part : content.parts()) {
            if (part instanceof PackageContent.Heading h) {
                boolean table = h.level() == 2 && h.text().matches("\\d、部门预算.*表");
                boolean firstTable = table && h.text().startsWith("1、");
                if (h.level() == 1 && !h.text().startsWith("一、") || table && !firstTable || h.level() == 2 && y < PAGE.getHeight() / 3) {
                    newPage();
                }
                if (h.level() <= 2) {
                    contents.add(new String[] {h.text(), Integer.toString(document.getNumberOfPages())});
                }
                text(h.text(), h.level() == 1 ? 15 : h.level() == 2 ? 12.5f : 11, 0);
            } else if (part instanceof PackageContent.Paragraph p) {
                text(p.text(), 10, 0);
            } else if (part instanceof PackageContent.Table t) {
                table(t.table());
            } else if (part instanceof PackageContent.Grid g) {
                grid(g.rows(), g.headerFrom() == 0 ? g.headerRows() : 0);
            }
        }
        stream.close();
    }

    private void table(StatementTable table) throws IOException {
        text(table.departmentLine() + "    预算年度：" + table.year() + "    单位：" + table.unit(), 9, 0);
        int width = table.columns().size() + 1;
        List<List<String>> header = headerGrid(table, width);
        List<List<String>> rows = new ArrayList<>();
        for (TableRow row : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(row.seq())));
            for (int c = 0; c < row.cells().size(); c++) {
                cells.add(table.columns().get(c).amounts() ? Formats.amount(row.cell(c).amount()).replace(",", "")
                        : row.cell(c).text() == null ? "" : row.cell(c).text());
            }
            rows.add(cells);
        }
        List<List<String>> all = new ArrayList<>(header);
        all.addAll(rows);
        float[] widths = widths(all, width);
        float size = fontSize(widths);
        for (List<String> row : header) {
            row(row, widths, size, true);
        }
        for (List<String> row : rows) {
            if (y - size * 1.7f < BOTTOM) {
                newPage();
                for (List<String> repeated : header) {
                    row(repeated, widths, size, true);
                }
            }
            row(row, widths, size, false);
        }
        if (table.note() != null) {
            text(table.note(), 9, 0);
        }
    }

    /** The multi-level header as grid rows: each label at the first column it spans, then the 栏次 row. */
    static List<List<String>> headerGrid(StatementTable table, int width) {
        List<List<HeaderCell>> levels = table.header();
        String[][] grid = new String[levels.size() + 1][width];
        boolean[][] taken = new boolean[levels.size()][width];
        for (String[] row : grid) {
            java.util.Arrays.fill(row, "");
        }
        grid[0][0] = "序号";
        for (int r = 0; r < levels.size(); r++) {
            taken[r][0] = true;
            int c = 1;
            for (HeaderCell cell : levels.get(r)) {
                while (c < width && taken[r][c]) {
                    c++;
                }
                if (c < width) {
                    grid[r][c] = cell.text();
                }
                for (int dr = 0; dr < cell.rowspan() && r + dr < levels.size(); dr++) {
                    for (int dc = 0; dc < cell.colspan() && c + dc < width; dc++) {
                        taken[r + dr][c + dc] = true;
                    }
                }
                c += cell.colspan();
            }
        }
        grid[levels.size()][0] = "栏次";
        for (int c = 1; c < width; c++) {
            grid[levels.size()][c] = Integer.toString(c);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String[] row : grid) {
            rows.add(List.of(row));
        }
        return rows;
    }

    private void grid(List<List<String>> rows, int headerRows) throws IOException {
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        float[] widths = widths(rows, width);
        float size = fontSize(widths);
        for (int r = 0; r < rows.size(); r++) {
            row(rows.get(r), widths, size, r < headerRows);
        }
        y -= 6;
    }

    /** Column widths in characters: the longest text of the column, capped, plus a gap. */
    private static float[] widths(List<List<String>> rows, int width) {
        float[] widths = new float[width];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], Math.min(row.get(c).length(), 28) + 2.5f);
            }
        }
        return widths;
    }

    private static float fontSize(float[] widths) {
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        return Math.max(4.5f, Math.min(9, (PAGE.getWidth() - 2 * MARGIN) / total));
    }

    /** One table row; a cell longer than its column wraps onto continuation lines holding only that cell. */
    private void row(List<String> cells, float[] widths, float size, boolean bold) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            List<String> pieces = wrapCell(cells.get(c).replace('\n', ' ').replace('\t', ' '), (int) Math.max(1, widths[c] - 2.5f));
            for (int l = 0; l < pieces.size(); l++) {
                while (lines.size() <= l) {
                    lines.add(new ArrayList<>(java.util.Collections.nCopies(cells.size(), "")));
                }
                lines.get(l).set(c, pieces.get(l));
            }
        }
        if (lines.isEmpty()) {
            lines.add(cells);
        }
        for (List<String> line : lines) {
            if (y - size * 1.5f < BOTTOM) {
                newPage();
            }
            float x = MARGIN;
            for (int c = 0; c < line.size(); c++) {
                show(line.get(c), x, y, size);
                x += widths[c] * size;
            }
            y -= size * 1.5f;
        }
        if (bold) {
            stream.moveTo(MARGIN, y + size * 0.9f);
            stream.lineTo(PAGE.getWidth() - MARGIN, y + size * 0.9f);
            stream.setLineWidth(0.3f);
            stream.stroke();
        }
    }

    private void text(String text, float size, float indent) throws IOException {
        float available = PAGE.getWidth() - 2 * MARGIN - indent;
        for (String line : wrap(printable(text), available, size)) {
            if (y - size * 1.6f < BOTTOM) {
                newPage();
            }
            show(line, MARGIN + indent, y, size);
            y -= size * 1.6f;
        }
        y -= size * 0.4f;
    }

    /** A table cell's lines: column widths are counted in characters, so is the wrapping. */
    private static List<String> wrapCell(String text, int perLine) {
        List<String> lines = new ArrayList<>();
        for (int start = 0; start < text.length(); start += perLine) {
            lines.add(text.substring(start, Math.min(text.length(), start + perLine)));
        }
        if (lines.isEmpty()) {
            lines.add("");
        }
        return lines;
    }

    /** Lines filled to the measured width (digits are narrower than Chinese characters), as a word processor does. */
    private List<String> wrap(String text, float available, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String glyph = new String(Character.toChars(cp));
            float w = font.getStringWidth(glyph) / 1000 * size;
            if (width + w > available && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                width = 0;
            }
            line.append(glyph);
            width += w;
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
        return lines;
    }

    private void show(String text, float x, float at, float size) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, at);
        stream.showText(printable(text));
        stream.endText();
    }

    private void newPage() throws IOException {
        if (stream != null && y >= PAGE.getHeight() - MARGIN) {
            return;
        }
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PAGE.getHeight() - MARGIN;
    }

    /** A contents page at the front; entries carry the page numbers they will have once it is inserted. */
    private void contentsPage(String title) throws IOException {
        PDPage page = new PDPage(PAGE);
        try (PDPageContentStream toc = new PDPageContentStream(document, page)) {
            stream = toc;
            y = PAGE.getHeight() - MARGIN;
            show(title, MARGIN, y, 16);
            y -= 30;
            show("目  录", MARGIN, y, 14);
            y -= 24;
            for (String[] entry : contents) {
                int number = Integer.parseInt(entry[1]) + 1;
                String dots = "·".repeat(Math.max(3, 90 - entry[0].length() * 2));
                show(entry[0] + " " + dots + " " + number, MARGIN + (entry[0].matches("^[一二三四五六七八九十]+、.*") ? 0 : 18), y, 10);
                y -= 14;
            }
        }
        document.getPages().insertBefore(page, document.getPage(0));
    }

    private void pageNumbers() throws IOException {
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.beginText();
                footer.setFont(font, 9);
                footer.newLineAtOffset(PAGE.getWidth() / 2 - 30, 24);
                footer.showText("第 " + (i + 1) + " 页 共 " + total + " 页");
                footer.endText();
            }
        }
    }
}
