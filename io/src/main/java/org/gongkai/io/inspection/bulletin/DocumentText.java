package org.gongkai.io.inspection.bulletin;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.SourceDocument;

/**
 * A published document's text as lines, where each line is: the page of a PDF (with every character's box, to mark
 * it) or the block of another format ("第 12 行", "表 2"). What {@link Locator} searches for a finding's place.
 */
record DocumentText(List<Line> lines, boolean paged) {

    /** One line of text; {@code page} is 1-based, 0 when the format has no pages; {@code boxes} per char, PDF only. */
    record Line(int page, String where, String text, List<float[]> boxes) {
    }

    static DocumentText empty() {
        return new DocumentText(List.of(), false);
    }

    /** A PDF's lines page by page, with each character's box in PDF user space ({x0, y0, x1, y1}). */
    static DocumentText ofPdf(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            Stripper stripper = new Stripper();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.page = p;
                stripper.crop = document.getPage(p - 1).getCropBox();
                stripper.rotated = document.getPage(p - 1).getRotation() % 360 != 0;
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                stripper.getText(document);
                stripper.endLine();
            }
            return new DocumentText(List.copyOf(stripper.lines), true);
        }
    }

    /** Any other format: a text block is a line, a table's row is a line with its cells joined by spaces. */
    static DocumentText ofSource(SourceDocument source) {
        List<Line> lines = new ArrayList<>();
        for (Block block : source.blocks()) {
            if (block instanceof Block.Text t) {
                lines.add(new Line(0, block.where(), t.text(), null));
            } else if (block instanceof Block.Grid g) {
                g.rows().forEach(row -> lines.add(new Line(0, block.where(),
                        String.join(" ", row.stream().filter(c -> c != null && !c.isBlank()).toList()), null)));
            }
        }
        return new DocumentText(List.copyOf(lines), false);
    }

    /** Collects the stripper's output as lines with the box of every character. */
    private static final class Stripper extends PDFTextStripper {
        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<float[]> boxes = new ArrayList<>();
        private int page;
        private PDRectangle crop;
        private boolean rotated;

        Stripper() throws IOException {
            setSortByPosition(true);
            setLineSeparator("\n");
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            for (int i = 0; i < string.length(); i++) {
                text.append(string.charAt(i));
                boxes.add(rotated || i >= positions.size() ? null : box(positions.get(i)));
            }
        }

        @Override
        protected void writeWordSeparator() {
            text.append(' ');
            boxes.add(null);
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        void endLine() {
            if (!text.toString().isBlank()) {
                lines.add(new Line(page, "第 " + page + " 页", text.toString(), List.copyOf(boxes.stream()
                        .map(b -> b == null ? new float[0] : b).toList())));
            }
            text.setLength(0);
            boxes.clear();
        }

        private float[] box(TextPosition p) {
            float x = crop.getLowerLeftX() + p.getXDirAdj();
            float baseline = crop.getUpperRightY() - p.getYDirAdj();
            float size = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : Math.max(p.getHeightDir(), 8);
            return new float[] {x, baseline - size * 0.2f, x + p.getWidthDirAdj(), baseline + size * 0.85f};
        }
    }
}
