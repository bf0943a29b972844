package org.gongkai.io.inspection.bulletin;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.gongkai.io.exporting.LineFiller;

/**
 * Portrait A4 pages of running text and simple ruled tables in the CJK font the PDF export ships (WenQuanYi Micro
 * Hei, see exporting/fonts/README.md), added to a document: the 通报, and the note list after a marked PDF's pages.
 */
final class PdfPages implements Closeable {

    static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final String FONT = "/org/gongkai/io/exporting/fonts/wqy-microhei.ttc";

    private final PDDocument document;
    private final TrueTypeCollection fonts;
    private final PDType0Font font;
    private final CmapLookup cmap;
    private PDPageContentStream stream;
    private float y;

    PdfPages(PDDocument document) throws IOException {
        this.document = document;
        try (InputStream in = PdfPages.class.getResourceAsStream(FONT)) {
            this.fonts = new TrueTypeCollection(in);
        }
        var truetype = fonts.getFontByName("WenQuanYiMicroHei");
        this.cmap = truetype.getUnicodeCmapLookup();
        this.font = PDType0Font.load(document, truetype, true);
    }

    float width() {
        return A4.getWidth() - 2 * MARGIN;
    }

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = A4.getHeight() - MARGIN;
    }

    /** A centred line (a title). */
    void centred(String text, float size) throws IOException {
        for (String line : wrap(text, width(), size)) {
            room(size * 1.6f);
            y -= size * 1.6f;
            show(line, MARGIN + (width() - width(line, size)) / 2, y, size);
        }
        y -= size * 0.6f;
    }

    /** A paragraph filled to the width; {@code indent} two characters for body text. */
    void paragraph(String text, float size, boolean indent) throws IOException {
        String body = (indent ? "\u3000\u3000" : "") + text;
        for (String line : wrap(body, width(), size)) {
            room(size * 1.6f);
            y -= size * 1.6f;
            show(line, MARGIN, y, size);
        }
        y -= size * 0.4f;
    }

    /** A ruled table; columns as shares of the width; the header row repeated after a page break. */
    void table(float[] shares, List<String> header, List<List<String>> rows, float size) throws IOException {
        float[] widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = shares[i] * width();
        }
        row(widths, header, size);
        for (List<String> row : rows) {
            if (!row(widths, row, size)) {
                row(widths, header, size);
                row(widths, row, size);
            }
        }
        y -= size;
    }

    /** Draws a row, or starts a new page and returns false when it does not fit. */
    private boolean row(float[] widths, List<String> cells, float size) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> wrapped = wrap(i < cells.size() && cells.get(i) != null ? cells.get(i) : "", widths[i] - 6, size);
            lines.add(wrapped);
            most = Math.max(most, wrapped.size());
        }
        float height = most * size * 1.35f + 6;
        if (stream == null || y - height < MARGIN) {
            newPage();
            return false;
        }
        float x = MARGIN;
        for (int i = 0; i < widths.length; i++) {
            stream.addRect(x, y - height, widths[i], height);
            for (int l = 0; l < lines.get(i).size(); l++) {
                show(lines.get(i).get(l), x + 3, y - 3 - size * (1.35f * l + 1.05f), size);
            }
            x += widths[i];
        }
        stream.setLineWidth(0.5f);
        stream.stroke();
        y -= height;
        return true;
    }

    private void room(float height) throws IOException {
        if (stream == null || y - height < MARGIN) {
            newPage();
        }
    }

    private void show(String text, float x, float baseline, float size) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, baseline);
        stream.showText(text);
        stream.endText();
    }

    /** Filled character by character, as Chinese text is; a character the font lacks is shown as □. */
    List<String> wrap(String text, float available, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text).split("\n", -1)) {
            lines.addAll(LineFiller.fill(paragraph, available, glyph -> glyphWidth(glyph, size)));
        }
        return lines;
    }

    private float glyphWidth(String glyph, float size) {
        try {
            return width(glyph, size);
        } catch (IOException | IllegalArgumentException e) {
            return size;
        }
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp >= 0x20 && cmap.getGlyphId(cp) > 0) {
                out.appendCodePoint(cp);
            } else {
                out.append(Character.isWhitespace(cp) ? " " : "□");
            }
        });
        return out.toString();
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    /** Ends the last page; the font stays open until the document is saved, then {@link #close} it. */
    void finish() throws IOException {
        closeStream();
    }

    @Override
    public void close() throws IOException {
        fonts.close();
    }
}
