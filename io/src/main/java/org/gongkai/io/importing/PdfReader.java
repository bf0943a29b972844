package org.gongkai.io.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF (PDFBox text with positions). Glyphs are grouped into lines by their baseline and into cells where
 * the gap between glyphs is wider than a character; the left edges of the cells of multi-cell lines across the
 * document define its columns, so a row with empty cells keeps its remaining cells under the right headers. The
 * result is handed to the {@link TextReader} as tab-separated text.
 */
public final class PdfReader {

    private static final java.util.regex.Pattern PAGE_NUMBER =
            java.util.regex.Pattern.compile("^(第\\s*\\d+\\s*页(\\s*[,，/]?\\s*共\\s*\\d+\\s*页)?|-\\s*\\d+\\s*-|\\d{1,4})$");

    private PdfReader() {
    }

    /**
     * Counts the pages first (a file over {@link ReadLimits#maxPages()} is refused before any text is extracted), then
     * extracts every page in one pass: asking PDFBox for one page at a time walks the page tree from the start each
     * time, which made reading take the square of the page count.
     */
    public static SourceDocument read(String name, byte[] pdf) throws IOException {
        List<List<List<Chunk>>> pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ReadLimits.STANDARD.requirePages(name, document.getNumberOfPages());
            PageGlyphs glyphs = new PageGlyphs(name, ReadLimits.STANDARD);
            glyphs.getText(document);
            pages = glyphs.pages;
        }
        // Columns are found over the whole document: a table continued on a page without its header keeps its columns.
        List<Float> columns = columns(pages.stream().flatMap(List::stream).toList());
        StringBuilder text = new StringBuilder();
        for (List<List<Chunk>> page : pages) {
            // The page's text width: where its longest prose line ends (pages may differ in size or orientation).
            float rightEdge = (float) page.stream().filter(line -> line.size() == 1).mapToDouble(line -> line.get(0).end())
                    .max().orElse(0);
            text.append(layout(page, columns, rightEdge)).append("\n\n");
        }
        return TextReader.read(name, text.toString());
    }

    /**
     * Collects the glyphs of each page with their positions and turns them into lines of chunks when the page ends,
     * so only one page's glyphs are held at a time; stops when its thread is interrupted or a page is implausibly full.
     */
    private static final class PageGlyphs extends PDFTextStripper {

        private final String name;
        private final ReadLimits limits;
        private final List<TextPosition> positions = new ArrayList<>();
        private final List<List<List<Chunk>>> pages = new ArrayList<>();

        PageGlyphs(String name, ReadLimits limits) throws IOException {
            this.name = name;
            this.limits = limits;
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            ReadLimits.stopIfInterrupted(name);
            positions.clear();
            super.startPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            positions.add(text);
            limits.requireGlyphs(name, getCurrentPageNo(), positions.size());
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            List<List<Chunk>> lines = new ArrayList<>();
            for (List<TextPosition> line : lines(positions)) {
                lines.add(chunks(line));
            }
            pages.add(lines);
            positions.clear();
            super.endPage(page);
        }
    }

    private record Chunk(float x, float end, String text) {
    }

    /** A prose line this close to the right edge was wrapped by the layout, not ended by the writer. */
    private static final float WRAP_SLACK = 24f;
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(".*[。；！？：:;!?）)]$");

    private static String layout(List<List<Chunk>> lines, List<Float> columns, float rightEdge) {
        StringBuilder out = new StringBuilder();
        boolean inTable = false;
        Chunk previousProse = null;
        for (List<Chunk> line : lines) {
            if (line.size() == 1 && PAGE_NUMBER.matcher(line.get(0).text()).matches()) {
                continue;
            }
            // A lone chunk under a table column other than the first continues a wrapped cell of that table.
            boolean continuation = line.size() == 1 && inTable && columnOf(columns, line.get(0).x()) > 0
                    && Math.abs(columns.get(columnOf(columns, line.get(0).x())) - line.get(0).x()) <= 2f;
            if (line.size() == 1 && !continuation) {
                Chunk prose = line.get(0);
                // A paragraph wrapped at the right margin goes on in the next line (at the margin, or left of a first-line
                // indent): join them back into one.
                if (previousProse != null && previousProse.end() >= rightEdge - WRAP_SLACK
                        && prose.x() <= previousProse.x() + 2f && previousProse.x() - prose.x() <= 40f && previousProse.text().length() >= 20
                        && !SENTENCE_END.matcher(previousProse.text()).matches()) {
                    out.setLength(out.length() - 1);
                }
                out.append(prose.text()).append('\n');
                inTable = false;
                previousProse = prose;
                continue;
            }
            previousProse = null;
            inTable = true;
            String[] cells = new String[columns.size()];
            java.util.Arrays.fill(cells, "");
            for (Chunk chunk : line) {
                int column = columnOf(columns, chunk.x());
                cells[column] = cells[column].isEmpty() ? chunk.text() : cells[column] + " " + chunk.text();
            }
            out.append(String.join("\t", cells)).append('\n');
        }
        return out.toString();
    }

    private static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparing(TextPosition::getYDirAdj).thenComparing(TextPosition::getXDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        for (TextPosition glyph : sorted) {
            List<TextPosition> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).getYDirAdj() - glyph.getYDirAdj()) <= glyph.getHeightDir() * 0.5f) {
                last.add(glyph);
            } else {
                lines.add(new ArrayList<>(List.of(glyph)));
            }
        }
        lines.forEach(line -> line.sort(Comparator.comparing(TextPosition::getXDirAdj)));
        return lines;
    }

    private static List<Chunk> chunks(List<TextPosition> line) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float start = line.get(0).getXDirAdj();
        float end = start;
        for (TextPosition glyph : line) {
            float gap = glyph.getXDirAdj() - end;
            if (text.length() > 0 && gap > glyph.getFontSizeInPt() * 0.9f) {
                chunks.add(new Chunk(start, end, text.toString().strip()));
                text.setLength(0);
                start = glyph.getXDirAdj();
            } else if (text.length() > 0 && gap > glyph.getWidthOfSpace() * 0.5f) {
                text.append(' ');
            }
            text.append(glyph.getUnicode());
            end = glyph.getXDirAdj() + glyph.getWidthDirAdj();
        }
        chunks.add(new Chunk(start, end, text.toString().strip()));
        return chunks;
    }

    /** Left edges shared by the cells of multi-cell lines, merged within two points. */
    private static List<Float> columns(List<List<Chunk>> lines) {
        List<Float> starts = new ArrayList<>();
        for (List<Chunk> line : lines) {
            if (line.size() > 1) {
                line.forEach(chunk -> starts.add(chunk.x()));
            }
        }
        starts.sort(Float::compare);
        List<Float> columns = new ArrayList<>();
        for (Float x : starts) {
            if (columns.isEmpty() || x - columns.get(columns.size() - 1) > 2f) {
                columns.add(x);
            }
        }
        return columns;
    }

    private static int columnOf(List<Float> columns, float x) {
        int best = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) <= x + 2f) {
                best = i;
            }
        }
        return best;
    }
}
