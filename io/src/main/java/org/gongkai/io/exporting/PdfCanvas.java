package org.gongkai.io.exporting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * The pages of a PDF being written, A4 landscape: the embedded CJK font with its measures, the page in hand and how
 * far down it is filled ({@link #top()}: the top of the free space, in PDF user space, y up). Draws text, bold or not,
 * and rules; breaks text into lines of a width.
 */
final class PdfCanvas {

    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final float MARGIN = 36;
    /** The lowest the text goes; the page number stands below it. */
    static final float BOTTOM = 48;

    /** Closing punctuation never starts a line (避头点): the character before it goes along to the next line. */
    private static final String NO_LINE_START = "，。、；：！？）》」』”’,.;:!?)%";

    private final PDDocument document;
    private final PDFont font;
    private final CmapLookup cmap;
    private final float ascent;
    private final float descent;
    private final Map<Integer, Float> widths = new HashMap<>();
    private PDPageContentStream stream;
    private float top;

    PdfCanvas(PDDocument document, TrueTypeFont truetype) throws IOException {
        this.document = document;
        this.cmap = truetype.getUnicodeCmapLookup();
        this.font = PDType0Font.load(document, truetype, true);
        this.ascent = font.getFontDescriptor().getAscent() / 1000;
        this.descent = -font.getFontDescriptor().getDescent() / 1000;
    }

    PDFont font() {
        return font;
    }

    float left() {
        return MARGIN;
    }

    float right() {
        return PAGE.getWidth() - MARGIN;
    }

    float width() {
        return right() - left();
    }

    float top() {
        return top;
    }

    /** Moves the top of the free space down by {@code height}. */
    void down(float height) {
        top -= height;
    }

    /** Whether {@code height} more fits on the page above its bottom. */
    boolean fits(float height) {
        return top - height >= BOTTOM;
    }

    /** The height a page offers below its top margin. */
    float pageHeight() {
        return PAGE.getHeight() - MARGIN - BOTTOM;
    }

    boolean pageIsEmpty() {
        return stream != null && top >= PAGE.getHeight() - MARGIN;
    }

    int pages() {
        return document.getNumberOfPages();
    }

    /** Starts a new page, unless the one in hand has nothing on it yet. */
    void newPage() throws IOException {
        if (pageIsEmpty()) {
            return;
        }
        close();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        top = PAGE.getHeight() - MARGIN;
    }

    void close() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    /** How far a glyph of this size reaches above its baseline. */
    float ascent(float size) {
        return ascent * size;
    }

    /** How far a glyph of this size reaches below its baseline (positive). */
    float descent(float size) {
        return descent * size;
    }

    /** The text with any character the font cannot draw shown as □, so a rare character never breaks the export. */
    String printable(String text) {
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

    /** The width of a printable text at a size. */
    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += widths.computeIfAbsent(cp, this::glyphWidth);
            i += Character.charCount(cp);
        }
        return units / 1000 * size;
    }

    private float glyphWidth(int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IOException | IllegalArgumentException e) {
            return 1000;
        }
    }

    /**
     * Draws one line of text with its baseline at {@code baseline}. Bold is drawn by stroking the glyphs' outlines as
     * well as filling them (the font has no bold face): the text stays one copy, read once by a text extractor.
     */
    void text(String text, float x, float baseline, float size, boolean bold) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        stream.saveGraphicsState();
        stream.beginText();
        stream.setFont(font, size);
        if (bold) {
            stream.setRenderingMode(RenderingMode.FILL_STROKE);
            stream.setLineWidth(size * 0.035f);
        }
        stream.newLineAtOffset(x, baseline);
        stream.showText(printable(text));
        stream.endText();
        stream.restoreGraphicsState();
    }

    /** Strokes straight lines, each {@code {x1, y1, x2, y2}}, as one path. */
    void rules(List<float[]> lines, float lineWidth) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        stream.saveGraphicsState();
        stream.setLineWidth(lineWidth);
        for (float[] line : lines) {
            stream.moveTo(line[0], line[1]);
            stream.lineTo(line[2], line[3]);
        }
        stream.stroke();
        stream.restoreGraphicsState();
    }

    /**
     * Prose filled to the width character by character, as a word processor fills Chinese text: the reader joins
     * such lines back without a space.
     */
    List<String> fill(String text, float available, float size) {
        return LineFiller.fill(printable(text), available, glyph -> width(glyph, size));
    }

    /**
     * A cell's text broken into lines of the width: between Chinese characters, at spaces, never inside a number or
     * a Latin word unless it alone is wider than the line, and never before closing punctuation.
     */
    List<String> wrap(String text, float available, float size) {
        List<String> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        float used = 0;
        for (String token : tokens(printable(text))) {
            float w = width(token, size);
            if (used + w > available && !line.isEmpty() && !token.isBlank()) {
                List<String> carried = new ArrayList<>();
                if (NO_LINE_START.indexOf(token.charAt(0)) >= 0 && line.size() > 1) {
                    carried.add(line.remove(line.size() - 1));
                }
                lines.add(String.join("", line).strip());
                line = carried;
                used = width(String.join("", carried), size);
            }
            if (line.isEmpty() && token.isBlank()) {
                continue;
            }
            if (w > available && line.isEmpty()) {
                List<String> pieces = fill(token, available, size);
                lines.addAll(pieces.subList(0, pieces.size() - 1));
                token = pieces.get(pieces.size() - 1);
                w = width(token, size);
            }
            line.add(token);
            used += w;
        }
        lines.add(String.join("", line).strip());
        return lines;
    }

    /**
     * What a line may break between: words (runs of Latin letters, digits and their signs) and single other
     * characters. A space binds the tokens on either side of it (「在 20 周」): a reader joins a cell's lines without
     * a space, so a line broken at a space would read back without it.
     */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        boolean bind = false;
        int i = 0;
        while (i < text.length()) {
            int end = i + Character.charCount(text.codePointAt(i));
            if (word(text.charAt(i))) {
                while (end < text.length() && word(text.charAt(end))) {
                    end++;
                }
            }
            String token = text.substring(i, end);
            boolean space = token.isBlank();
            if ((space || bind) && !tokens.isEmpty()) {
                tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + token);
            } else {
                tokens.add(token);
            }
            bind = space;
            i = end;
        }
        return tokens;
    }

    /** Part of a word: a Latin letter, a digit, a sign; a decimal point, a thousands separator and % too. */
    private static boolean word(char c) {
        return c < 0x2E80 && !Character.isWhitespace(c) && (NO_LINE_START.indexOf(c) < 0 || c == '.' || c == ',' || c == '%');
    }
}
