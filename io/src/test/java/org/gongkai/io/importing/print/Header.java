package org.gongkai.io.importing.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.IntFunction;
import org.gongkai.core.tables.HeaderCell;

/**
 * A table header as printed: cells over the full width, each given once at its top-left with the rows and columns it
 * spans. Prints change it column by column (rename a leaf, insert a 行次 column, drop the 序号 column) or as a whole
 * (flatten it to one row, move the text of a tall cell to its bottom).
 */
public record Header(int height, int width, List<Span> cells) {

    /** A header cell at (row, column) spanning {@code rows} × {@code columns}. */
    public record Span(int row, int column, int rows, int columns, String text) {

        boolean covers(int c) {
            return column <= c && c < column + columns;
        }
    }

    public Header {
        cells = cells.stream().sorted(Comparator.comparingInt(Span::row).thenComparingInt(Span::column)).toList();
    }

    /** The header of a generated table with a 序号 column before it, tall over every level (as Gongkai prints it). */
    public static Header withSequence(List<List<HeaderCell>> levels, int bodyColumns) {
        int width = bodyColumns + 1;
        boolean[][] taken = new boolean[levels.size()][width];
        List<Span> cells = new ArrayList<>(List.of(new Span(0, 0, levels.size(), 1, "序号")));
        for (int r = 0; r < levels.size(); r++) {
            taken[r][0] = true;
            int c = 1;
            for (HeaderCell cell : levels.get(r)) {
                while (c < width && taken[r][c]) {
                    c++;
                }
                cells.add(new Span(r, c, cell.rowspan(), cell.colspan(), cell.text()));
                for (int dr = 0; dr < cell.rowspan() && r + dr < levels.size(); dr++) {
                    for (int dc = 0; dc < cell.colspan() && c + dc < width; dc++) {
                        taken[r + dr][c + dc] = true;
                    }
                }
                c += cell.colspan();
            }
        }
        return new Header(levels.size(), width, cells);
    }

    /** The texts of the cells over column {@code c}, top to bottom. */
    public List<String> path(int c) {
        return cells.stream().filter(s -> s.covers(c)).map(Span::text).toList();
    }

    /** The lowest cell over column {@code c}: its leaf label. */
    public Span leaf(int c) {
        return cells.stream().filter(s -> s.covers(c)).reduce((a, b) -> b).orElse(null);
    }

    /** The leaf of column {@code c} relabelled, where the leaf heads that column alone. */
    public Header renamed(int c, String text) {
        Span leaf = leaf(c);
        if (leaf == null || leaf.columns() != 1) {
            return this;
        }
        return replaced(leaf, new Span(leaf.row(), leaf.column(), leaf.rows(), 1, text));
    }

    /** Every cell changed by {@code change} (its texts, where it stands). */
    public Header mapped(java.util.function.UnaryOperator<Span> change) {
        return new Header(height, width, cells.stream().map(change).toList());
    }

    private Header replaced(Span old, Span changed) {
        List<Span> all = new ArrayList<>(cells);
        all.set(all.indexOf(old), changed);
        return new Header(height, width, all);
    }

    /**
     * A column inserted at {@code at}, headed by a cell from below the cells it passes under (they widen over it) down
     * to the header's last row; where no row is left below them, after them instead.
     */
    public Header inserted(int at, String text) {
        int top = cells.stream().filter(s -> s.column() < at && s.column() + s.columns() > at)
                .mapToInt(s -> s.row() + s.rows()).max().orElse(0);
        if (top >= height) {
            int after = cells.stream().filter(s -> s.column() < at && s.column() + s.columns() > at)
                    .mapToInt(s -> s.column() + s.columns()).max().orElse(at);
            return inserted(after, text);
        }
        List<Span> all = new ArrayList<>();
        for (Span s : cells) {
            if (s.column() >= at) {
                all.add(new Span(s.row(), s.column() + 1, s.rows(), s.columns(), s.text()));
            } else if (s.column() + s.columns() > at) {
                all.add(new Span(s.row(), s.column(), s.rows(), s.columns() + 1, s.text()));
            } else {
                all.add(s);
            }
        }
        all.add(new Span(top, at, height - top, 1, text));
        return new Header(height, width + 1, all);
    }

    /** Column {@code c} removed; a cell over it and others narrows. */
    public Header removed(int c) {
        List<Span> all = new ArrayList<>();
        for (Span s : cells) {
            if (s.covers(c) && s.columns() == 1) {
                continue;
            }
            if (s.covers(c)) {
                all.add(new Span(s.row(), s.column(), s.rows(), s.columns() - 1, s.text()));
            } else {
                all.add(s.column() > c ? new Span(s.row(), s.column() - 1, s.rows(), s.columns(), s.text()) : s);
            }
        }
        return new Header(height, width - 1, all);
    }

    /** One header row of the leaves. */
    public Header flattened() {
        List<Span> all = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            Span leaf = leaf(c);
            all.add(new Span(0, c, 1, 1, leaf == null ? "" : leaf.text()));
        }
        return new Header(1, width, all);
    }

    /**
     * Long leaf labels wrapped over two header rows (「财政拨款」 over 「收入」), as an unruled PDF or a typed workbook
     * prints a label too wide for its column: a row is added under the header, cells reaching the bottom grow into it.
     */
    public Header wrapped() {
        List<Span> all = new ArrayList<>();
        for (Span s : cells) {
            boolean bottom = s.row() + s.rows() == height;
            if (bottom && s.columns() == 1 && s.text().length() >= 4) {
                int half = s.text().length() / 2;
                all.add(new Span(s.row(), s.column(), s.rows(), 1, s.text().substring(0, half)));
                all.add(new Span(height, s.column(), 1, 1, s.text().substring(half)));
            } else {
                all.add(bottom ? new Span(s.row(), s.column(), s.rows() + 1, s.columns(), s.text()) : s);
            }
        }
        return new Header(height + 1, width, all);
    }

    /** A row of single cells added under the header (the 栏次 row). */
    public Header withRow(IntFunction<String> text) {
        List<Span> all = new ArrayList<>(cells);
        for (int c = 0; c < width; c++) {
            all.add(new Span(height, c, 1, 1, text.apply(c)));
        }
        return new Header(height + 1, width, all);
    }

    /** The header as rows of texts: each cell's text at its top-left, blanks where it spans. */
    public List<List<String>> texts() {
        String[][] grid = new String[height][width];
        for (String[] row : grid) {
            java.util.Arrays.fill(row, "");
        }
        for (Span s : cells) {
            grid[s.row()][s.column()] = s.text();
        }
        return java.util.Arrays.stream(grid).map(List::of).toList();
    }
}
