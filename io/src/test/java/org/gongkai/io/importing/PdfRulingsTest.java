package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.gongkai.io.importing.read.PdfReader;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.SourceDocument;

/**
 * A ruled PDF table whose text is one run across a column ruling ("9,433.72 一、一般公共服务支出" shown at once, the
 * ruling between the amount and the label) is read cell by cell, the run split at the ruling — whether the rulings
 * are stroked lines or thin filled quadrilaterals with mitred ends (m l l l h f), as some generators draw every border.
 */
class PdfRulingsTest {

    private static final String CJK_FONT = "/org/gongkai/io/exporting/fonts/wqy-microhei.ttc";
    private static final float SIZE = 9f;
    private static final float LEFT = 50f;
    private static final float TOP = 700f;
    private static final float ROW = 20f;
    private static final float RIGHT = 400f;
    private static final String AMOUNT = "9,433.72";

    @Test
    void aRunAcrossAFilledPolygonRulingIsSplitIntoItsTwoCells() throws IOException {
        assertThat(grid(read(true))).containsExactly(List.of("预算", "项目"), List.of(AMOUNT, "一、一般公共服务支出"));
    }

    @Test
    void aRunAcrossAStrokedRulingIsSplitIntoItsTwoCells() throws IOException {
        assertThat(grid(read(false))).containsExactly(List.of("预算", "项目"), List.of(AMOUNT, "一、一般公共服务支出"));
    }

    private static List<List<String>> grid(SourceDocument read) {
        return read.blocks().stream().filter(b -> b instanceof Block.Grid).map(b -> ((Block.Grid) b).rows())
                .findFirst().orElseThrow(() -> new AssertionError("no grid read: " + read.blocks()));
    }

    private static SourceDocument read(boolean filledBorders) throws IOException {
        try (PDDocument pdf = new PDDocument(); TrueTypeCollection fonts = new TrueTypeCollection(PdfRulingsTest.class.getResourceAsStream(CJK_FONT));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = PDType0Font.load(pdf, fonts.getFontByName("WenQuanYiMicroHei"), true);
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            // The column ruling falls inside the one run: half-way into the space after the amount.
            float amountEnd = LEFT + 2 + font.getStringWidth(AMOUNT) / 1000 * SIZE;
            float middle = amountEnd + font.getStringWidth(" ") / 1000 * SIZE / 2;
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                for (float y : new float[] {TOP, TOP - ROW, TOP - 2 * ROW}) {
                    border(content, filledBorders, LEFT, y, RIGHT, y);
                }
                for (float x : new float[] {LEFT, middle, RIGHT}) {
                    border(content, filledBorders, x, TOP, x, TOP - 2 * ROW);
                }
                text(content, font, LEFT + 2, TOP - ROW + 6, "预算");
                text(content, font, middle + 4, TOP - ROW + 6, "项目");
                text(content, font, LEFT + 2, TOP - 2 * ROW + 6, AMOUNT + " 一、一般公共服务支出");
            }
            pdf.save(out);
            return PdfReader.read("rulings.pdf", out.toByteArray());
        }
    }

    /** A border from (x1, y1) to (x2, y2): a stroked line, or a thin quadrilateral filled, its ends mitred. */
    private static void border(PDPageContentStream content, boolean filled, float x1, float y1, float x2, float y2) throws IOException {
        if (!filled) {
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
            return;
        }
        // x1 < x2 for a horizontal border, y1 > y2 for a vertical one; the far edge is shortened by the width (mitre).
        float w = 0.75f;
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        if (y1 == y2) {
            content.lineTo(x2 - w, y2 + w);
            content.lineTo(x1 + w, y1 + w);
        } else {
            content.lineTo(x2 + w, y2 + w);
            content.lineTo(x1 + w, y1 - w);
        }
        content.closePath();
        content.fill();
    }

    private static void text(PDPageContentStream content, PDFont font, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, SIZE);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
