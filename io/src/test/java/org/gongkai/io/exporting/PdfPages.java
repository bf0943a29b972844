package org.gongkai.io.exporting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.io.importing.read.Rulings;

/**
 * What a written PDF shows on each page, as a reader's eye would check it: every glyph with its box and how it was
 * painted, and every rule drawn, all in display space (origin top left, y down).
 */
final class PdfPages {

    /**
     * One glyph: its left and right edge, its baseline, and its top and bottom as the font's ascent and descent
     * place them (the box every glyph of the font stays within).
     */
    record Glyph(String text, float left, float right, float baseline, float top, float bottom, float size, RenderingMode mode) {
        boolean bold() {
            return mode == RenderingMode.FILL_STROKE;
        }
    }

    /** A run of glyphs on one baseline with no gap wider than a thin space between them: one cell's text on one line. */
    record Chunk(String text, float left, float right, float baseline, float size, boolean bold) {
    }

    record Page(int number, List<Glyph> glyphs, List<Rulings.Segment> rules) {

        List<Rulings.Segment> horizontalRules() {
            return rules.stream().filter(Rulings.Segment::horizontal).toList();
        }

        List<Rulings.Segment> verticalRules() {
            return rules.stream().filter(r -> !r.horizontal()).toList();
        }

        String text() {
            StringBuilder text = new StringBuilder();
            lines().forEach(line -> text.append(String.join(" ", line.stream().map(Chunk::text).toList())).append('\n'));
            return text.toString();
        }

        /** The page's chunks grouped by baseline, top to bottom, each line left to right. */
        List<List<Chunk>> lines() {
            List<Glyph> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparing(Glyph::baseline).thenComparing(Glyph::left));
            List<List<Glyph>> lines = new ArrayList<>();
            for (Glyph glyph : sorted) {
                List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
                if (last != null && Math.abs(last.get(0).baseline() - glyph.baseline()) < 0.5f) {
                    last.add(glyph);
                } else {
                    lines.add(new ArrayList<>(List.of(glyph)));
                }
            }
            List<List<Chunk>> chunks = new ArrayList<>();
            for (List<Glyph> line : lines) {
                line.sort(Comparator.comparing(Glyph::left));
                chunks.add(chunks(line));
            }
            return chunks;
        }

        private static List<Chunk> chunks(List<Glyph> line) {
            List<Chunk> chunks = new ArrayList<>();
            List<Glyph> run = new ArrayList<>();
            for (Glyph glyph : line) {
                if (!run.isEmpty() && glyph.left() - run.get(run.size() - 1).right() > 2f) {
                    chunks.add(chunk(run));
                    run.clear();
                }
                run.add(glyph);
            }
            chunks.add(chunk(run));
            return chunks;
        }

        private static Chunk chunk(List<Glyph> run) {
            String text = String.join("", run.stream().map(Glyph::text).toList()).strip();
            Glyph first = run.get(0);
            Glyph last = run.get(run.size() - 1);
            return new Chunk(text, first.left(), last.right(), first.baseline(), first.size(), run.stream().allMatch(Glyph::bold));
        }
    }

    private PdfPages() {
    }

    static List<Page> of(PDDocument pdf) throws IOException {
        Collector collector = new Collector();
        collector.getText(pdf);
        return collector.pages;
    }

    private static final class Collector extends PDFTextStripper {
        private final Rulings rulings = Rulings.install(this);
        private final List<Page> pages = new ArrayList<>();
        private List<Glyph> glyphs = new ArrayList<>();

        Collector() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            glyphs = new ArrayList<>();
            rulings.startPage(page);
            super.startPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            if (text.getUnicode().isBlank()) {
                return;
            }
            PDFontDescriptor font = text.getFont().getFontDescriptor();
            float size = text.getFontSizeInPt();
            float ascent = font.getAscent() / 1000 * size;
            float descent = font.getDescent() / 1000 * size;
            RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
            glyphs.add(new Glyph(text.getUnicode(), text.getX(), text.getX() + text.getWidthDirAdj(), text.getY(),
                    text.getY() - ascent, text.getY() - descent, size, mode));
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            pages.add(new Page(getCurrentPageNo(), glyphs, rulings.segments()));
            super.endPage(page);
        }
    }
}
