package org.gongkai.io.exporting;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.tables.HeaderCell;
import org.gongkai.core.tables.RowStyle;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * A ruled table as the PDF prints it: every cell framed, its lines broken to the column's width, its rows as high as
 * the font's ascent and descent need, so no rule touches a line of text. Amounts stand right against their cell's
 * right border; header cells, centred, span the columns and rows they head. A table running over pages repeats its
 * header on each, and a header never ends a page. The same rulings let the importer read the table back (Lattice).
 */
final class PdfTable {

    enum Align { LEFT, CENTRE, RIGHT }

    /** One cell: where it starts, how many columns and rows it covers, how its text is set. */
    record Cell(String text, int column, int colspan, int rowspan, Align align, boolean bold) {
    }

    /** The smallest type a statement table may shrink to when its amounts alone are wider than the page. */
    private static final float SMALLEST = 7f;
    private static final float SIZE = 9f;
    /** Space between a cell's text and its rules: across, and above and below. */
    private static final float PAD = 3f;
    private static final float PAD_V = 2.5f;
    /** Line spacing in a cell, in ems: the font's ascent and descent (1.17 em) and a little air. */
    private static final float LEADING = 1.25f;
    /** No column asks for more than this many ems before wrapping: the page's width is shared out by need. */
    private static final float WIDEST = 18f;
    private static final float RULE = 0.5f;

    private final int columns;
    private final List<List<Cell>> rows;
    /** What a table's part on a following page is headed with. */
    static final String CONTINUED = "续表";
    private final int headerFrom;
    private final int headerRows;
    private final float smallest;

    private PdfTable(int columns, List<List<Cell>> rows, int headerFrom, int headerRows, float smallest) {
        this.columns = columns;
        this.rows = rows;
        this.headerFrom = headerFrom;
        this.headerRows = headerRows;
        this.smallest = smallest;
    }

    /** A standard table: 序号, the multi-level header with its spans, 栏次, then the rows; roll-up rows bold. */
    static PdfTable of(StatementTable table) {
        int width = table.columns().size() + 1;
        List<List<Cell>> rows = new ArrayList<>(header(table, width));
        int headerRows = rows.size();
        for (TableRow row : table.rows()) {
            boolean bold = row.style() == RowStyle.TOTAL || row.style() == RowStyle.CLASS;
            List<Cell> cells = new ArrayList<>(List.of(new Cell(Integer.toString(row.seq()), 0, 1, 1, Align.CENTRE, bold)));
            for (int c = 0; c < row.cells().size(); c++) {
                boolean amount = table.columns().get(c).amounts();
                String text = amount ? Formats.amount(row.cell(c).amount()) : row.cell(c).text() == null ? "" : row.cell(c).text();
                cells.add(new Cell(text, c + 1, 1, 1, amount ? Align.RIGHT : Align.LEFT, bold));
            }
            rows.add(cells);
        }
        return new PdfTable(width, rows, 0, headerRows, SMALLEST);
    }

    /** The header rows: 序号 down the left, each label over the columns and rows it spans, then the 栏次 row. */
    private static List<List<Cell>> header(StatementTable table, int width) {
        List<List<HeaderCell>> levels = table.header();
        boolean[][] taken = new boolean[levels.size()][width];
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < levels.size(); r++) {
            List<Cell> row = new ArrayList<>();
            if (r == 0) {
                row.add(new Cell("序号", 0, 1, levels.size(), Align.CENTRE, true));
            }
            taken[r][0] = true;
            int c = 1;
            for (HeaderCell label : levels.get(r)) {
                while (c < width && taken[r][c]) {
                    c++;
                }
                int colspan = Math.min(label.colspan(), width - c);
                int rowspan = Math.min(label.rowspan(), levels.size() - r);
                if (colspan > 0) {
                    row.add(new Cell(label.text(), c, colspan, rowspan, Align.CENTRE, true));
                }
                for (int dr = 0; dr < rowspan; dr++) {
                    Arrays.fill(taken[r + dr], c, c + colspan, true);
                }
                c += Math.max(colspan, 1);
            }
            rows.add(row);
        }
        List<Cell> numbers = new ArrayList<>(List.of(new Cell("栏次", 0, 1, 1, Align.CENTRE, true)));
        for (int c = 1; c < width; c++) {
            numbers.add(new Cell(Integer.toString(c), c, 1, 1, Align.CENTRE, true));
        }
        rows.add(numbers);
        return rows;
    }

    /**
     * A table of the explanation, in nine-point type or larger: its header centred and bold, amounts as #,##0.00 and
     * quantities right-aligned; a row with fewer cells than the widest lets its last cell run to the right border (a
     * 绩效目标表's long texts).
     */
    static PdfTable of(PackageContent.Grid grid) {
        int width = grid.cells().stream().mapToInt(List::size).max().orElse(1);
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < grid.cells().size(); r++) {
            List<PackageContent.GridCell> cells = grid.cells().get(r);
            List<Cell> row = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                int colspan = c == cells.size() - 1 ? width - c : 1;
                row.add(cell(cells.get(c), c, colspan, grid.header(r)));
            }
            rows.add(row);
        }
        return new PdfTable(width, rows, grid.headerFrom(), grid.headerRows(), SIZE);
    }

    private static Cell cell(PackageContent.GridCell cell, int column, int colspan, boolean header) {
        return switch (cell.kind()) {
            case MONEY -> new Cell(Formats.amount(new BigDecimal(cell.text())), column, colspan, 1, Align.RIGHT, header);
            // A number running over several columns (the last of a 资金支出计划's percentages) stands under its heading.
            case NUMBER -> new Cell(cell.text(), column, colspan, 1, colspan == 1 ? Align.RIGHT : Align.LEFT, header);
            case TEXT -> new Cell(cell.text(), column, colspan, 1, header ? Align.CENTRE : Align.LEFT, header);
        };
    }

    /** The height of what must open the table on a page: its header with the rows above and the first row under it. */
    float opening(PdfCanvas canvas) {
        int[] first = bands().get(0);
        return layout(canvas).height(first[0], first[1]);
    }

    private Laid layout(PdfCanvas canvas) {
        float size = size(canvas);
        return lay(canvas, widths(canvas, size), size);
    }

    /** Sets the table from the canvas's free space down, on as many pages as it takes. */
    void draw(PdfCanvas canvas) throws IOException {
        Laid laid = layout(canvas);
        boolean headerShown = false;
        Page page = new Page();
        for (int[] band : bands()) {
            float height = laid.height(band[0], band[1]);
            if (!canvas.fits(height) && !(page.empty() && canvas.pageIsEmpty())) {
                page = nextPage(canvas, laid, page, headerShown);
            }
            if (canvas.fits(height)) {
                drawRows(canvas, laid, band[0], band[1], page);
            } else {
                // Only a band taller than a whole page breaks inside, between its rows.
                for (int r = band[0]; r < band[1]; r++) {
                    if (!canvas.fits(laid.heights[r]) && !page.empty()) {
                        page = nextPage(canvas, laid, page, headerShown);
                    }
                    if (canvas.fits(laid.heights[r])) {
                        drawRows(canvas, laid, r, r + 1, page);
                    } else {
                        page = drawAcrossPages(canvas, laid, r, page, headerShown);
                    }
                }
            }
            headerShown |= headerRows > 0 && band[1] > headerFrom;
        }
        finish(canvas, page);
    }

    /** A row taller than a page: its cells' lines go on from page to page, as many on each as it holds. */
    private Page drawAcrossPages(PdfCanvas canvas, Laid laid, int r, Page page, boolean repeatHeader) throws IOException {
        int lines = laid.lines.get(r).stream().mapToInt(List::size).max().orElse(1);
        int from = 0;
        boolean turned = false;
        while (from < lines) {
            int fit = Math.min(lines - from, (int) ((canvas.top() - PdfCanvas.BOTTOM - 2 * PAD_V) / laid.line));
            if (fit < 1 && !turned) {
                page = nextPage(canvas, laid, page, repeatHeader);
                turned = true;
                continue;
            }
            // A page too full for even one line after a turn still takes one: the table must go on.
            fit = Math.max(1, fit);
            turned = false;
            float top = canvas.top();
            float bottom = top - fit * laid.line - 2 * PAD_V;
            List<Cell> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                List<String> cellLines = laid.lines.get(r).get(i);
                List<String> slice = cellLines.subList(Math.min(from, cellLines.size()), Math.min(from + fit, cellLines.size()));
                drawCell(canvas, laid, row.get(i), slice, top, bottom, page);
            }
            page.rows++;
            canvas.down(top - bottom);
            from += fit;
            if (from < lines) {
                page = nextPage(canvas, laid, page, repeatHeader);
                turned = true;
            }
        }
        return page;
    }

    /** Ends the table's part on this page and goes on at the top of the next, under the header once it has been shown. */
    private Page nextPage(PdfCanvas canvas, Laid laid, Page page, boolean repeatHeader) throws IOException {
        finish(canvas, page);
        canvas.newPage();
        // 「续表」 over the part on the next page, as printed tables say where they go on.
        float size = SIZE;
        canvas.text(CONTINUED, canvas.left(), canvas.top() - canvas.ascent(size), size, false);
        canvas.down(size * 1.8f);
        Page next = new Page();
        if (repeatHeader) {
            drawRows(canvas, laid, headerFrom, headerFrom + headerRows, next);
        }
        return next;
    }

    /** The type size: nine points, less for a statement table whose amounts alone would not fit across the page. */
    private float size(PdfCanvas canvas) {
        float narrowest = 0;
        for (float w : floors(canvas, SIZE)) {
            narrowest += w;
        }
        if (narrowest <= canvas.width()) {
            return SIZE;
        }
        float padding = 2 * PAD * columns;
        return Math.max(smallest, SIZE * (canvas.width() - padding) / (narrowest - padding));
    }

    /**
     * Column widths filling the page: each column's need ({@link #needs}) and no less than its floor; when the needs
     * exceed the page the widest columns give way first, down to the same width.
     */
    private float[] widths(PdfCanvas canvas, float size) {
        float[] floors = floors(canvas, size);
        float[] needs = needs(canvas, size, floors);
        float total = 0;
        for (float need : needs) {
            total += need;
        }
        float[] widths = new float[columns];
        if (total <= canvas.width()) {
            for (int c = 0; c < columns; c++) {
                widths[c] = needs[c] * canvas.width() / total;
            }
            return widths;
        }
        float low = 0;
        float high = canvas.width();
        for (int i = 0; i < 40; i++) {
            float level = (low + high) / 2;
            if (capped(needs, floors, level) > canvas.width()) {
                high = level;
            } else {
                low = level;
            }
        }
        float sum = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(floors[c], Math.min(needs[c], low));
            sum += widths[c];
        }
        if (sum > canvas.width()) {
            // Floors wider than the page together (a grid of many amounts): every column narrows in proportion.
            for (int c = 0; c < columns; c++) {
                widths[c] *= canvas.width() / sum;
            }
        }
        return widths;
    }

    private static float capped(float[] needs, float[] floors, float level) {
        float sum = 0;
        for (int c = 0; c < needs.length; c++) {
            sum += Math.max(floors[c], Math.min(needs[c], level));
        }
        return sum;
    }

    /** What no column gets less of: its amounts and numbers whole, otherwise its longest word or two characters. */
    private float[] floors(PdfCanvas canvas, float size) {
        float[] floors = new float[columns];
        Arrays.fill(floors, 2 * size + 2 * PAD);
        for (List<Cell> row : rows) {
            for (Cell cell : row) {
                if (cell.colspan() != 1) {
                    continue;
                }
                float floor = cell.align() == Align.LEFT ? longestWord(canvas, cell.text(), size) : canvas.width(cell.text(), size);
                floors[cell.column()] = Math.max(floors[cell.column()], floor + 2 * PAD);
            }
        }
        return floors;
    }

    private static float longestWord(PdfCanvas canvas, String text, float size) {
        float longest = 0;
        for (String word : text.split("[\\s\\p{IsHan}，。、；：（）]+")) {
            longest = Math.max(longest, canvas.width(word, size));
        }
        return Math.min(longest, 8 * size);
    }

    /**
     * What each column asks for: most of its texts on one line, none more than {@link #WIDEST} ems. Not all: one
     * long text (a unit's name over a 绩效目标表) would take the width the other columns need, so a column asks
     * for what four in five of its texts need, and the rest wrap. A spanning cell's need is shared by its columns.
     */
    private float[] needs(PdfCanvas canvas, float size, float[] floors) {
        float[] needs = floors.clone();
        for (int c = 0; c < columns; c++) {
            List<Float> texts = new ArrayList<>();
            for (List<Cell> row : rows) {
                for (Cell cell : row) {
                    if (cell.column() == c && cell.colspan() == 1 && !cell.text().isBlank()) {
                        texts.add(need(canvas, cell, size));
                    }
                }
            }
            texts.sort(Float::compare);
            if (!texts.isEmpty()) {
                needs[c] = Math.max(needs[c], texts.get((int) Math.ceil(texts.size() * 0.8) - 1));
            }
        }
        for (List<Cell> row : rows) {
            for (Cell cell : row) {
                if (cell.colspan() > 1) {
                    float spanned = 0;
                    for (int c = cell.column(); c < cell.column() + cell.colspan(); c++) {
                        spanned += needs[c];
                    }
                    float more = need(canvas, cell, size) - spanned;
                    for (int c = cell.column(); more > 0 && c < cell.column() + cell.colspan(); c++) {
                        needs[c] += more / cell.colspan();
                    }
                }
            }
        }
        return needs;
    }

    private static float need(PdfCanvas canvas, Cell cell, float size) {
        return Math.min(canvas.width(canvas.printable(cell.text()), size), WIDEST * size) + 2 * PAD;
    }

    /** Each cell's lines and each row's height: the tallest single-row cell, and room for the cells spanning rows. */
    private Laid lay(PdfCanvas canvas, float[] widths, float size) {
        float[] lefts = new float[columns + 1];
        lefts[0] = canvas.left();
        for (int c = 0; c < columns; c++) {
            lefts[c + 1] = lefts[c] + widths[c];
        }
        float line = LEADING * size;
        List<List<List<String>>> lines = new ArrayList<>();
        float[] heights = new float[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            List<List<String>> rowLines = new ArrayList<>();
            for (Cell cell : rows.get(r)) {
                float available = lefts[cell.column() + cell.colspan()] - lefts[cell.column()] - 2 * PAD;
                List<String> cellLines = canvas.wrap(cell.text().replace('\n', ' ').replace('\t', ' '), available, size);
                rowLines.add(cellLines);
                if (cell.rowspan() == 1) {
                    heights[r] = Math.max(heights[r], cellLines.size() * line + 2 * PAD_V);
                }
            }
            heights[r] = Math.max(heights[r], line + 2 * PAD_V);
            lines.add(rowLines);
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int i = 0; i < rows.get(r).size(); i++) {
                Cell cell = rows.get(r).get(i);
                int last = Math.min(rows.size(), r + cell.rowspan()) - 1;
                float spanned = 0;
                for (int k = r; k <= last; k++) {
                    spanned += heights[k];
                }
                heights[last] += Math.max(0, lines.get(r).get(i).size() * line + 2 * PAD_V - spanned);
            }
        }
        return new Laid(lefts, lines, heights, size, line);
    }

    /**
     * Rows that stay on one page together: rows joined by a cell spanning them, and a header with the rows above it
     * (a 绩效目标表's project rows) and the first row under it.
     */
    private List<int[]> bands() {
        List<int[]> bands = new ArrayList<>();
        int keepUntil = headerRows > 0 ? Math.min(rows.size(), headerFrom + headerRows + 1) : 0;
        int start = 0;
        int end = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (Cell cell : rows.get(r)) {
                end = Math.max(end, r + cell.rowspan());
            }
            end = Math.max(end, r + 1);
            if (end == r + 1 && r + 1 >= keepUntil) {
                bands.add(new int[] {start, r + 1});
                start = r + 1;
            }
        }
        return bands;
    }

    /** Draws rows {@code from} to {@code to} at the top of the canvas's free space, and moves it below them. */
    private void drawRows(PdfCanvas canvas, Laid laid, int from, int to, Page page) throws IOException {
        float top = canvas.top();
        float[] tops = new float[to - from + 1];
        tops[0] = top;
        for (int r = from; r < to; r++) {
            tops[r - from + 1] = tops[r - from] - laid.heights[r];
        }
        for (int r = from; r < to; r++) {
            List<Cell> row = rows.get(r);
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                int bottomRow = Math.min(to, r + cell.rowspan());
                drawCell(canvas, laid, cell, laid.lines.get(r).get(i), tops[r - from], tops[bottomRow - from], page);
            }
        }
        page.rows++;
        canvas.down(top - tops[to - from]);
    }

    /**
     * A cell between its top {@code y0} and bottom {@code y1}: its frame, and its lines centred between them, aligned
     * between its left and right rules.
     */
    private static void drawCell(PdfCanvas canvas, Laid laid, Cell cell, List<String> lines, float y0, float y1, Page page)
            throws IOException {
        float x0 = laid.lefts[cell.column()];
        float x1 = laid.lefts[cell.column() + cell.colspan()];
        page.frame(x0, y1, x1, y0);
        float block = lines.size() * laid.line;
        float blockTop = y0 - (y0 - y1 - block) / 2;
        float air = (laid.line - canvas.ascent(laid.size) - canvas.descent(laid.size)) / 2;
        for (int l = 0; l < lines.size(); l++) {
            String text = lines.get(l);
            float baseline = blockTop - l * laid.line - air - canvas.ascent(laid.size);
            float width = canvas.width(canvas.printable(text), laid.size);
            float x = switch (cell.align()) {
                case LEFT -> x0 + PAD;
                case RIGHT -> x1 - PAD - width;
                case CENTRE -> (x0 + x1 - width) / 2;
            };
            canvas.text(text, x, baseline, laid.size, cell.bold());
        }
    }

    private static void finish(PdfCanvas canvas, Page page) throws IOException {
        canvas.rules(page.lines(), RULE);
        canvas.down(6);
    }

    /** The table laid out: column edges, each cell's lines, each row's height, the type size and line spacing. */
    private record Laid(float[] lefts, List<List<List<String>>> lines, float[] heights, float size, float line) {

        float height(int from, int to) {
            float sum = 0;
            for (int r = from; r < to; r++) {
                sum += heights[r];
            }
            return sum;
        }
    }

    /**
     * The rules of the table's part on one page: every cell's frame, with the borders that cells share drawn once
     * and the pieces of one line joined.
     */
    private static final class Page {
        private final Map<Float, List<float[]>> horizontal = new TreeMap<>();
        private final Map<Float, List<float[]>> vertical = new TreeMap<>();
        private int rows;

        boolean empty() {
            return rows == 0;
        }

        void frame(float x0, float y0, float x1, float y1) {
            add(horizontal, y0, x0, x1);
            add(horizontal, y1, x0, x1);
            add(vertical, x0, y0, y1);
            add(vertical, x1, y0, y1);
        }

        private static void add(Map<Float, List<float[]>> lines, float at, float from, float to) {
            lines.computeIfAbsent(Math.round(at * 100) / 100f, k -> new ArrayList<>()).add(new float[] {from, to});
        }

        List<float[]> lines() {
            List<float[]> lines = new ArrayList<>();
            horizontal.forEach((y, pieces) -> joined(pieces).forEach(p -> lines.add(new float[] {p[0], y, p[1], y})));
            vertical.forEach((x, pieces) -> joined(pieces).forEach(p -> lines.add(new float[] {x, p[0], x, p[1]})));
            return lines;
        }

        private static List<float[]> joined(List<float[]> pieces) {
            List<float[]> sorted = new ArrayList<>(pieces);
            sorted.sort((a, b) -> Float.compare(a[0], b[0]));
            List<float[]> joined = new ArrayList<>();
            for (float[] piece : sorted) {
                float[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
                if (last != null && piece[0] <= last[1] + 0.01f) {
                    last[1] = Math.max(last[1], piece[1]);
                } else {
                    joined.add(piece.clone());
                }
            }
            return joined;
        }
    }
}
