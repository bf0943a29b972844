package org.gongkai.io.importing.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Cells;
import org.gongkai.io.importing.source.SourceDocument;
import org.gongkai.io.importing.source.Titles;

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
        return read(name, pdf, Tesseract.installed());
    }

    /** Reads a PDF; its scanned pages (an image, no text layer) are read by OCR with {@code tesseract}. */
    static SourceDocument read(String name, byte[] pdf, Tesseract tesseract) throws IOException {
        List<Page> pages;
        ScannedPages.Read scans;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ReadLimits.STANDARD.requirePages(name, document.getNumberOfPages());
            PageGlyphs glyphs = new PageGlyphs(name, ReadLimits.STANDARD);
            glyphs.getText(document);
            pages = glyphs.pages;
            scans = ScannedPages.read(name, document, pages.stream().map(Page::glyphs).toList(), tesseract);
        }
        // Columns are found over the whole document: a table continued on a page without its header keeps its columns.
        List<Float> columns = columns(pages.stream().filter(p -> p.tables().isEmpty() && !scans.scanned(p.number()))
                .flatMap(p -> p.lines().stream()).toList());
        List<Block> blocks = new ArrayList<>();
        // Text runs on across pages (an unruled table continued on the next page stays one grid) until a ruled table.
        PendingText pending = new PendingText(name);
        for (Page page : pages) {
            if (scans.scanned(page.number())) {
                pending.flushInto(blocks);
                blocks.addAll(scans.blocks().get(page.number()));
                continue;
            }
            // The page's text width: where its longest prose line ends (pages may differ in size or orientation).
            float rightEdge = rightEdge(page);
            String where = "第 " + page.number() + " 页";
            int next = 0;
            for (Lattice.Table table : page.tables()) {
                int end = next;
                while (end < page.lines().size() && page.tops().get(end) < table.top()) {
                    end++;
                }
                pending.add(layout(page.lines().subList(next, end), columns, rightEdge, true), page.number(), rightEdge);
                pending.flushInto(blocks);
                continued(blocks, table, where);
                next = end;
                while (next < page.lines().size() && page.tops().get(next) <= table.bottom()) {
                    next++;
                }
            }
            pending.add(layout(page.lines().subList(next, page.lines().size()), columns, rightEdge, !page.tables().isEmpty()),
                    page.number(), rightEdge);
        }
        pending.flushInto(blocks);
        return new SourceDocument(name, blocks, scans.reading());
    }

    /**
     * A ruled table that starts a page right after a ruled table of the same width ended the previous one continues
     * it: one grid. Its header repeated on the new page is left out where it repeats the first rows word for word (a
     * header printed differently stays a header row, which the table readers skip).
     */
    private static void continued(List<Block> blocks, Lattice.Table table, String where) {
        // A page number left between the two parts does not separate them.
        while (!blocks.isEmpty() && blocks.get(blocks.size() - 1) instanceof Block.Text t
                && PAGE_NUMBER.matcher(t.text().strip()).matches()) {
            blocks.remove(blocks.size() - 1);
        }
        Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        int width = table.rows().get(0).size();
        if (last instanceof Block.Grid grid && grid.spansKnown() && !grid.where().equals(where)
                && grid.rows().get(0).size() == width && !titled(table)) {
            List<List<String>> rows = new ArrayList<>(grid.rows());
            int repeated = 0;
            while (repeated < table.rows().size() - 1 && repeated < grid.rows().size()
                    && table.rows().get(repeated).equals(grid.rows().get(repeated))) {
                repeated++;
            }
            rows.addAll(table.rows().subList(repeated, table.rows().size()));
            blocks.set(blocks.size() - 1, new Block.Grid(rows, grid.where(), true));
        } else {
            blocks.add(new Block.Grid(table.rows(), where, true));
        }
    }

    /** A table whose first row is its own title (上海's 绩效目标填报表) starts anew, even right after one of its width. */
    private static boolean titled(Lattice.Table table) {
        return table.rows().get(0).stream().filter(c -> !Cells.isBlank(c)).findFirst()
                .map(c -> Titles.projectTable(c).isPresent() || Titles.layout(c).isPresent()).orElse(false);
    }

    /** A table title, an explanation heading or a part heading, whatever spacing it was printed with. */
    private static boolean isHeading(String text) {
        String plain = Titles.plain(text);
        return plain.length() <= 40 && !Cells.amount(text).isPresent() && (Titles.layout(text).isPresent()
                || Titles.section(text).isPresent() || plain.matches(".*(情况说明|预算公开表|部门概况|名词解释|目录)"));
    }

    /** A page's text lines (outside its ruled tables), their tops, its ruled tables, and how many glyphs it has. */
    private record Page(int number, List<List<Chunk>> lines, List<Float> tops, List<Lattice.Table> tables, int glyphs) {
    }

    /** Text laid out as lines (and tab-separated rows of unruled tables), read into blocks placed on their page. */
    private static final class PendingText {
        private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile("第 (\\d+) 行");
        private final String name;
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> pageOfLine = new ArrayList<>();
        private Chunk lastProse;

        PendingText(String name) {
            this.name = name;
        }

        void add(Laid laid, int page, float rightEdge) {
            if (laid.text().isBlank()) {
                return;
            }
            if (lastProse != null && laid.firstProse() != null && wraps(lastProse, laid.firstProse(), rightEdge)) {
                // A paragraph wrapped at the foot of one page goes on at the top of the next (the page number between
                // them was dropped): one paragraph, as on a single page.
                while (text.length() > 0 && text.charAt(text.length() - 1) == '\n') {
                    text.setLength(text.length() - 1);
                    pageOfLine.remove(pageOfLine.size() - 1);
                }
            }
            lastProse = laid.lastProse();
            for (String line : laid.text().split("\n", -1)) {
                text.append(line).append('\n');
                pageOfLine.add(page);
            }
        }

        void flushInto(List<Block> blocks) {
            for (Block block : TextReader.read(name, text.toString()).blocks()) {
                java.util.regex.Matcher line = LINE.matcher(block.where());
                String where = line.matches() ? "第 " + pageOfLine.get(Math.min(Integer.parseInt(line.group(1)) - 1,
                        pageOfLine.size() - 1)) + " 页" : block.where();
                blocks.add(block instanceof Block.Text t ? new Block.Text(t.text(), t.level(), where)
                        : new Block.Grid(((Block.Grid) block).rows(), where));
            }
            text.setLength(0);
            pageOfLine.clear();
            lastProse = null;
        }
    }

    /**
     * Collects the glyphs of each page with their positions and, when the page ends, its ruled tables and the lines of
     * chunks outside them, so only one page's glyphs are held at a time; stops when its thread is interrupted or a page
     * is implausibly full.
     */
    private static final class PageGlyphs extends PDFTextStripper {

        private final String name;
        private final ReadLimits limits;
        private final List<TextPosition> positions = new ArrayList<>();
        private final List<Page> pages = new ArrayList<>();
        private final Rulings rulings;

        PageGlyphs(String name, ReadLimits limits) throws IOException {
            this.name = name;
            this.limits = limits;
            this.rulings = Rulings.install(this);
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            ReadLimits.stopIfInterrupted(name);
            positions.clear();
            rulings.startPage(page);
            super.startPage(page);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            positions.add(text);
            limits.requireGlyphs(name, getCurrentPageNo(), positions.size());
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            java.util.Set<TextPosition> used = new java.util.HashSet<>();
            List<Lattice.Table> tables = Lattice.tables(rulings.segments(), positions, used);
            List<TextPosition> free = positions.stream().filter(g -> !used.contains(g)).toList();
            List<List<Chunk>> lines = new ArrayList<>();
            List<Float> tops = new ArrayList<>();
            for (List<TextPosition> line : lines(free)) {
                lines.add(chunks(line));
                tops.add(line.get(0).getY());
            }
            int glyphs = (int) positions.stream().filter(g -> !g.getUnicode().isBlank()).count();
            pages.add(new Page(getCurrentPageNo(), lines, tops, tables, glyphs));
            positions.clear();
            super.endPage(page);
        }
    }

    private record Chunk(float x, float end, String text) {
    }

    /** A prose line this close to the right edge was wrapped by the layout, not ended by the writer. */
    private static final float WRAP_SLACK = 24f;
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(".*[。；！？：:;!?）)]$");

    /**
     * Lines as text: a line of several chunks is a row of an unruled table (tab-separated under the document's
     * columns), unless the page's tables are ruled ({@code ruled}): then it is a line such as
     * "编制单位：…　　单位：元" and its chunks are joined by wide spaces.
     */
    private static Laid layout(List<List<Chunk>> lines, List<Float> columns, float rightEdge, boolean ruled) {
        StringBuilder out = new StringBuilder();
        boolean inTable = false;
        Chunk previousProse = null;
        Chunk firstProse = null;
        boolean first = true;
        for (List<Chunk> line : lines) {
            if (PAGE_NUMBER.matcher(String.join("", line.stream().map(Chunk::text).toList()).strip()).matches()) {
                continue;
            }
            line = justified(line);
            if (first && line.size() == 1) {
                firstProse = line.get(0);
            }
            first = false;
            // A lone chunk under a table column other than the first continues a wrapped cell of that table.
            boolean continuation = line.size() == 1 && inTable && columnOf(columns, line.get(0).x()) > 0
                    && Math.abs(columns.get(columnOf(columns, line.get(0).x())) - line.get(0).x()) <= 2f;
            if (ruled && line.size() > 1) {
                out.append(String.join("    ", line.stream().map(Chunk::text).toList())).append('\n');
                previousProse = null;
                continue;
            }
            if (line.size() == 1 && !continuation) {
                Chunk prose = line.get(0);
                // A paragraph wrapped at the right margin goes on in the next line (at the margin, or left of a first-line
                // indent): join them back into one.
                if (previousProse != null && wraps(previousProse, prose, rightEdge)) {
                    out.setLength(out.length() - 1);
                }
                out.append(prose.text()).append('\n');
                inTable = false;
                previousProse = prose;
                continue;
            }
            String joined = String.join("", line.stream().map(Chunk::text).toList());
            if (line.stream().noneMatch(c -> Cells.amount(c.text()).isPresent() || Cells.isCode(c.text())) && isHeading(joined)) {
                // A letter-spaced heading ("第三部分    2018年度部门预算情况说明") is text, not a row of a table.
                out.append(String.join(" ", line.stream().map(Chunk::text).toList())).append('\n');
                inTable = false;
                previousProse = null;
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
        return new Laid(out.toString(), firstProse, previousProse);
    }

    /**
     * A justified line of prose, spread with wide gaps ("项目支出预算数为        5,573 万元。与上年相比增加 40"), is one
     * chunk of text, not a row of cells: table cells do not hold sentences.
     */
    private static List<Chunk> justified(List<Chunk> line) {
        if (line.size() < 2) {
            return line;
        }
        String joined = String.join(" ", line.stream().map(Chunk::text).toList());
        if (joined.length() < 15 || !joined.matches(".*[。，；].*")) {
            return line;
        }
        return List.of(new Chunk(line.get(0).x(), line.get(line.size() - 1).end(), joined));
    }

    /**
     * Where a page's wrapped prose lines end: most long lines end at the margin, a few overshoot it (hanging
     * punctuation, a wider line), so the upper quartile of long lines' ends, not their maximum.
     */
    private static float rightEdge(Page page) {
        List<Float> ends = page.lines().stream().map(PdfReader::justified).filter(line -> line.size() == 1)
                .filter(line -> line.get(0).text().length() >= 15).map(line -> line.get(0).end()).sorted().toList();
        if (ends.size() < 4) {
            return (float) page.lines().stream().filter(line -> line.size() == 1).mapToDouble(line -> line.get(0).end()).max().orElse(0);
        }
        return ends.get(ends.size() * 3 / 4);
    }

    /** Laid-out text, with its first line and last line when they are prose (for paragraphs that run across pages). */
    private record Laid(String text, Chunk firstProse, Chunk lastProse) {
    }

    /**
     * Whether {@code next} continues the paragraph of {@code previous}: wrapped at the right margin, not ended. A
     * heading goes on only into the rest of a wrapped heading, never into the paragraph under it.
     */
    private static boolean wraps(Chunk previous, Chunk next, float rightEdge) {
        return previous.end() >= rightEdge - WRAP_SLACK && next.x() <= previous.x() + 2f && previous.x() - next.x() <= 40f
                && previous.text().length() >= 20 && !SENTENCE_END.matcher(previous.text()).matches()
                && Titles.section(next.text()).isEmpty()
                // A table's title ends where it stands unless the next line completes it: the department line under it
                // (「283 某县教育局 预算年度：2019」) is no part of it.
                && (Titles.layout(previous.text()).isEmpty() || Titles.layout(previous.text() + next.text()).isPresent())
                && (Titles.section(previous.text()).isEmpty()
                || next.text().strip().length() <= 12 && (Titles.section(previous.text() + next.text()).isPresent()
                || Titles.layout(previous.text() + next.text()).isPresent()));
    }

    /** Glyphs grouped into lines by their baseline (within half a glyph's height), each line left to right. */
    static List<List<TextPosition>> lines(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparing(TextPosition::getY).thenComparing(TextPosition::getX));
        List<List<TextPosition>> lines = new ArrayList<>();
        for (TextPosition glyph : sorted) {
            List<TextPosition> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && Math.abs(last.get(0).getY() - glyph.getY()) <= glyph.getHeightDir() * 0.5f) {
                last.add(glyph);
            } else {
                lines.add(new ArrayList<>(List.of(glyph)));
            }
        }
        lines.forEach(line -> line.sort(Comparator.comparing(TextPosition::getX)));
        return lines;
    }

    private static List<Chunk> chunks(List<TextPosition> line) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float start = line.get(0).getX();
        float end = start;
        for (TextPosition glyph : line) {
            float gap = glyph.getX() - end;
            if (text.length() > 0 && gap > glyph.getFontSizeInPt() * 0.9f) {
                chunks.add(new Chunk(start, end, text.toString().strip()));
                text.setLength(0);
                start = glyph.getX();
            } else if (text.length() > 0 && gap > glyph.getWidthOfSpace() * 0.5f) {
                text.append(' ');
            }
            text.append(glyph.getUnicode());
            end = glyph.getX() + glyph.getWidthDirAdj();
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
