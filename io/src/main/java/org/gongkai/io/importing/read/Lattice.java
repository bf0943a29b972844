package org.gongkai.io.importing.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.io.importing.source.Cells;

/**
 * The ruled tables of a page: ruling segments that touch form a table; each glyph belongs to the cell whose nearest
 * enclosing rulings surround it, so a blank cell keeps its column, a wrapped cell is one text, and a header cell
 * spanning several columns is known as such. Header rows (before the first row holding an amount or a code) repeat a
 * spanning cell's text under every column it spans, so each column's header reads top to bottom as its full path.
 */
final class Lattice {

    /** Rulings this close are the same line (office suites draw adjacent cells' borders separately). */
    private static final float SNAP = 2f;

    /** A ruled table: where it stands on the page (display space) and its rows of cell texts. */
    record Table(float top, float bottom, float left, float right, List<List<String>> rows) {
    }

    private Lattice() {
    }

    /** The page's ruled tables, top to bottom; {@code used} receives every glyph placed in one of them. */
    static List<Table> tables(List<Rulings.Segment> segments, List<TextPosition> glyphs, Set<TextPosition> used) {
        List<Table> tables = new ArrayList<>();
        for (List<Rulings.Segment> region : regions(segments)) {
            Table table = table(region, glyphs, used);
            if (table != null) {
                tables.add(table);
            }
        }
        tables.sort(Comparator.comparing(Table::top));
        return tables;
    }

    /** Segments that cross or touch each other, grouped (union-find). */
    private static List<List<Rulings.Segment>> regions(List<Rulings.Segment> segments) {
        int n = segments.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(segments.get(i), segments.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Rulings.Segment>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(segments.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static boolean touch(Rulings.Segment a, Rulings.Segment b) {
        return a.x1() - SNAP <= b.x2() && b.x1() - SNAP <= a.x2() && a.y1() - SNAP <= b.y2() && b.y1() - SNAP <= a.y2();
    }

    private static Table table(List<Rulings.Segment> region, List<TextPosition> glyphs, Set<TextPosition> used) {
        List<Rulings.Segment> horizontal = merged(region.stream().filter(Rulings.Segment::horizontal).toList(), true);
        List<Rulings.Segment> vertical = merged(region.stream().filter(s -> !s.horizontal()).toList(), false);
        closeOpenEnds(horizontal, vertical);
        List<Float> xs = snap(vertical.stream().map(Rulings.Segment::x1).toList());
        List<Float> ys = snap(horizontal.stream().map(Rulings.Segment::y1).toList());
        if (xs.size() < 2 || ys.size() < 2) {
            return null;
        }
        float left = xs.get(0);
        float right = xs.get(xs.size() - 1);
        float top = ys.get(0);
        float bottom = ys.get(ys.size() - 1);
        Map<String, Cell> cells = new LinkedHashMap<>();
        for (TextPosition glyph : glyphs) {
            float cx = glyph.getX() + glyph.getWidthDirAdj() / 2;
            float cy = glyph.getY() - glyph.getHeightDir() / 3;
            if (cx < left || cx > right || cy < top || cy > bottom || glyph.getUnicode().isBlank()) {
                continue;
            }
            Float l = nearest(vertical, cx, cy, true, true);
            Float r = nearest(vertical, cx, cy, true, false);
            Float t = nearest(horizontal, cx, cy, false, true);
            Float b = nearest(horizontal, cx, cy, false, false);
            if (l == null || r == null || t == null || b == null) {
                continue;
            }
            int c0 = index(xs, l);
            int c1 = index(xs, r);
            int r0 = index(ys, t);
            int r1 = index(ys, b);
            cells.computeIfAbsent(r0 + ":" + c0, k -> new Cell(r0, Math.max(r0 + 1, r1), c0, Math.max(c0 + 1, c1))).glyphs.add(glyph);
            used.add(glyph);
        }
        if (cells.isEmpty()) {
            return null;
        }
        keepRunsWhole(cells);
        returnOverflow(cells, ys);
        int width = xs.size() - 1;
        int height = ys.size() - 1;
        String[][] grid = new String[height][width];
        boolean[][] spanned = new boolean[height][width];
        for (String[] row : grid) {
            java.util.Arrays.fill(row, "");
        }
        for (Cell cell : cells.values()) {
            grid[cell.row][cell.column] = cell.text();
            for (int c = cell.column + 1; c < cell.columnEnd && c < width; c++) {
                spanned[cell.row][c] = true;
            }
        }
        int firstData = height;
        for (int r = 0; r < height && firstData == height; r++) {
            for (String text : grid[r]) {
                if (Cells.amount(text).isPresent() || Cells.isCode(text)) {
                    firstData = r;
                    break;
                }
            }
        }
        for (Cell cell : cells.values()) {
            if (cell.row < firstData) {
                for (int c = cell.column + 1; c < cell.columnEnd && c < width; c++) {
                    grid[cell.row][c] = grid[cell.row][cell.column];
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (String[] row : grid) {
            if (java.util.Arrays.stream(row).anyMatch(s -> !s.isEmpty())) {
                rows.add(List.of(row));
            }
        }
        return new Table(top, bottom, left, right, rows);
    }

    /**
     * A label wider than its cell runs over the ruling beside it (「1、人员经费和公用经费支出」 ending 「出」 in the amount cell
     * next to it; a header centred over a narrow column starting in its neighbour): a run of text drawn without a break,
     * on one baseline, belongs whole to the cell of the same row that holds most of it. Figures and words are separate
     * runs, so a name touching its amount keeps neither from the other.
     */
    private static void keepRunsWhole(Map<String, Cell> cells) {
        Map<TextPosition, Cell> owner = new java.util.IdentityHashMap<>();
        cells.values().forEach(cell -> cell.glyphs.forEach(g -> owner.put(g, cell)));
        for (List<TextPosition> run : runs(new ArrayList<>(owner.keySet()))) {
            Map<Cell, Integer> counts = new LinkedHashMap<>();
            run.forEach(g -> counts.merge(owner.get(g), 1, Integer::sum));
            if (counts.size() < 2 || counts.keySet().stream().map(c -> c.row).distinct().count() > 1) {
                continue;
            }
            Cell most = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            for (TextPosition glyph : run) {
                Cell from = owner.get(glyph);
                if (from != most) {
                    from.glyphs.remove(glyph);
                    most.glyphs.add(glyph);
                }
            }
        }
        cells.values().removeIf(cell -> cell.glyphs.isEmpty());
    }

    /** Glyphs drawn one against the next on one baseline, of one kind (figures or words), left to right. */
    private static List<List<TextPosition>> runs(List<TextPosition> glyphs) {
        glyphs.sort(java.util.Comparator.comparing((TextPosition g) -> Math.round(g.getY() * 4)).thenComparing(TextPosition::getX));
        List<List<TextPosition>> runs = new ArrayList<>();
        List<TextPosition> run = new ArrayList<>();
        for (TextPosition glyph : glyphs) {
            TextPosition last = run.isEmpty() ? null : run.get(run.size() - 1);
            if (last == null || !continues(last, glyph)) {
                run = new ArrayList<>();
                runs.add(run);
            }
            run.add(glyph);
        }
        return runs;
    }

    /** Whether the glyph is drawn right after the other, on its baseline, and of its kind. */
    private static boolean continues(TextPosition last, TextPosition glyph) {
        float gap = glyph.getX() - (last.getX() + last.getWidthDirAdj());
        float tolerance = Math.max(0.5f, last.getWidthDirAdj() * 0.1f);
        return Math.abs(glyph.getY() - last.getY()) < 0.5f && gap < tolerance && gap > -last.getWidthDirAdj() * 0.5f
                && figure(last) == figure(glyph);
    }

    private static boolean figure(TextPosition glyph) {
        return glyph.getUnicode().matches("[\\d.,，%\\-]+");
    }

    /**
     * A name wrapped in a row too low for it spills its last characters over the ruling below ("…缴费支" / "出"): a
     * first line of a cell that straddles the cell's top ruling, with more text under it, is given back to the cell
     * above.
     */
    private static void returnOverflow(Map<String, Cell> cells, List<Float> ys) {
        for (Cell cell : cells.values()) {
            Cell above = cells.get((cell.row - 1) + ":" + cell.column);
            if (above == null || cell.row == 0) {
                continue;
            }
            List<List<TextPosition>> lines = PdfReader.lines(cell.glyphs);
            float ruling = ys.get(cell.row);
            List<TextPosition> first = lines.get(0);
            boolean straddles = first.stream().allMatch(g -> g.getY() - g.getHeightDir() < ruling && g.getY() > ruling);
            if (lines.size() >= 2 && first.size() <= 3 && straddles) {
                cell.glyphs.removeAll(first);
                above.glyphs.addAll(first);
            }
        }
    }

    /**
     * Collinear pieces of one ruling joined (office suites draw each cell's border on its own): a few long lines
     * instead of hundreds of short ones for every glyph to be measured against.
     */
    private static List<Rulings.Segment> merged(List<Rulings.Segment> segments, boolean horizontal) {
        List<Rulings.Segment> byPosition = new ArrayList<>(segments);
        byPosition.sort(Comparator.comparing((Rulings.Segment s) -> horizontal ? s.y1() : s.x1()));
        List<Rulings.Segment> merged = new ArrayList<>();
        int from = 0;
        while (from < byPosition.size()) {
            // One ruling: the pieces within half a snap of the first one's position, merged along their length.
            float position = horizontal ? byPosition.get(from).y1() : byPosition.get(from).x1();
            int to = from;
            while (to < byPosition.size() && (horizontal ? byPosition.get(to).y1() : byPosition.get(to).x1()) - position <= SNAP / 2) {
                to++;
            }
            List<Rulings.Segment> line = new ArrayList<>(byPosition.subList(from, to));
            line.sort(Comparator.comparing((Rulings.Segment s) -> horizontal ? s.x1() : s.y1()));
            float start = horizontal ? line.get(0).x1() : line.get(0).y1();
            float end = horizontal ? line.get(0).x2() : line.get(0).y2();
            for (Rulings.Segment piece : line.subList(1, line.size())) {
                float pieceStart = horizontal ? piece.x1() : piece.y1();
                float pieceEnd = horizontal ? piece.x2() : piece.y2();
                if (pieceStart > end + SNAP) {
                    merged.add(horizontal ? new Rulings.Segment(start, position, end, position) : new Rulings.Segment(position, start, position, end));
                    start = pieceStart;
                }
                end = Math.max(end, pieceEnd);
            }
            merged.add(horizontal ? new Rulings.Segment(start, position, end, position) : new Rulings.Segment(position, start, position, end));
            from = to;
        }
        return merged;
    }

    /**
     * A table continued from the previous page often has no ruling above its first row (or below its last): its
     * column rulings run past the outermost horizontal one. The open end is closed where they end.
     */
    private static void closeOpenEnds(List<Rulings.Segment> horizontal, List<Rulings.Segment> vertical) {
        if (horizontal.isEmpty() || vertical.isEmpty()) {
            return;
        }
        float left = (float) vertical.stream().mapToDouble(Rulings.Segment::x1).min().orElse(0);
        float right = (float) vertical.stream().mapToDouble(Rulings.Segment::x1).max().orElse(0);
        float top = (float) horizontal.stream().mapToDouble(Rulings.Segment::y1).min().orElse(0);
        float bottom = (float) horizontal.stream().mapToDouble(Rulings.Segment::y1).max().orElse(0);
        float verticalTop = (float) vertical.stream().mapToDouble(Rulings.Segment::y1).min().orElse(top);
        float verticalBottom = (float) vertical.stream().mapToDouble(Rulings.Segment::y2).max().orElse(bottom);
        if (verticalTop < top - 3 * SNAP) {
            horizontal.add(new Rulings.Segment(left, verticalTop, right, verticalTop));
        }
        if (verticalBottom > bottom + 3 * SNAP) {
            horizontal.add(new Rulings.Segment(left, verticalBottom, right, verticalBottom));
        }
    }

    /** The closest ruling on one side of the point that covers it (a vertical one covering its y, or the reverse). */
    private static Float nearest(List<Rulings.Segment> segments, float x, float y, boolean vertical, boolean before) {
        Float best = null;
        for (Rulings.Segment s : segments) {
            float position = vertical ? s.x1() : s.y1();
            float along = vertical ? y : x;
            float from = vertical ? s.y1() : s.x1();
            float to = vertical ? s.y2() : s.x2();
            float point = vertical ? x : y;
            if (along < from - SNAP || along > to + SNAP) {
                continue;
            }
            if (before ? position <= point && (best == null || position > best) : position >= point && (best == null || position < best)) {
                best = position;
            }
        }
        return best;
    }

    private static List<Float> snap(List<Float> values) {
        List<Float> sorted = new ArrayList<>(values);
        sorted.sort(Float::compare);
        List<Float> snapped = new ArrayList<>();
        for (Float v : sorted) {
            if (snapped.isEmpty() || v - snapped.get(snapped.size() - 1) > SNAP) {
                snapped.add(v);
            }
        }
        return snapped;
    }

    private static int index(List<Float> snapped, float value) {
        int best = 0;
        for (int i = 0; i < snapped.size(); i++) {
            if (Math.abs(snapped.get(i) - value) < Math.abs(snapped.get(best) - value)) {
                best = i;
            }
        }
        return best;
    }

    /** The glyphs of one cell and the grid rows and columns it spans. */
    private static final class Cell {
        final int row;
        final int rowEnd;
        final int column;
        final int columnEnd;
        final List<TextPosition> glyphs = new ArrayList<>();

        Cell(int row, int rowEnd, int column, int columnEnd) {
            this.row = row;
            this.rowEnd = rowEnd;
            this.column = column;
            this.columnEnd = columnEnd;
        }

        /** Lines top to bottom joined without a break (a wrapped cell); a wide gap within a line is a space. */
        String text() {
            List<List<TextPosition>> lines = PdfReader.lines(glyphs);
            StringBuilder text = new StringBuilder();
            Set<String> seen = new HashSet<>();
            for (List<TextPosition> line : lines) {
                float end = Float.NaN;
                for (TextPosition g : line) {
                    // Some generators draw a glyph twice (bold by overprinting): the copy at the same place is dropped.
                    if (!seen.add(g.getUnicode() + "@" + Math.round(g.getX()) + "," + Math.round(g.getY()))) {
                        continue;
                    }
                    if (!Float.isNaN(end) && g.getX() - end > Math.max(g.getWidthOfSpace(), 1f) * 0.8f) {
                        text.append(' ');
                    }
                    text.append(g.getUnicode());
                    end = g.getX() + g.getWidthDirAdj();
                }
            }
            return text.toString().strip();
        }
    }
}
