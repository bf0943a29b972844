package org.gongkai.io.importing.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Cells;

/**
 * An HTML {@code <table>} as a grid: rowspan and colspan laid out, so every cell sits in the column it heads. As the
 * ruled-PDF reader does, a header cell spanning columns is repeated under each of them (above the first row holding an
 * amount or a code) and the rows a cell spans downwards are blank below it. Layout tables — the frames old sites
 * build their pages with — are not grids: their cells are read as the page's text.
 */
final class HtmlTables {

    /** Spans beyond these are typing errors or attacks; no published table is wider or taller. */
    private static final int MAX_COLSPAN = 100;
    private static final int MAX_ROWSPAN = 1000;
    /** A cell holding more than this is a page's frame, not a table's cell. */
    private static final int FRAME_TEXT = 1500;

    private HtmlTables() {
    }

    /**
     * A frame rather than a table: it holds another table, it has a single column, or a cell holds a page's worth of
     * text.
     */
    static boolean isLayout(Element table, PageText text) {
        if (text.tables(table) > 1) {
            return true;
        }
        List<Element> rows = rows(table);
        if (rows.stream().allMatch(r -> cells(r).size() <= 1)) {
            return true;
        }
        return rows.stream().flatMap(r -> cells(r).stream()).anyMatch(c -> text.text(c) > FRAME_TEXT);
    }

    static Block.Grid grid(Element table, String where, ReadLimits limits, String name) {
        List<Element> rows = rows(table);
        List<String[]> grid = new ArrayList<>();
        List<boolean[]> spanned = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            for (Element cell : cells(rows.get(r))) {
                while (taken(grid, r, column)) {
                    column++;
                }
                int rowspan = Math.min(span(cell, "rowspan", MAX_ROWSPAN), rows.size() - r);
                int colspan = span(cell, "colspan", MAX_COLSPAN);
                limits.requireCells(name, "网页表格单元格数", (long) (column + colspan) * Math.max(rows.size(), grid.size()));
                for (int dr = 0; dr < rowspan; dr++) {
                    for (int dc = 0; dc < colspan; dc++) {
                        put(grid, r + dr, column + dc, dr == 0 && dc == 0 ? text(cell) : "");
                    }
                }
                if (colspan > 1) {
                    spans.add(new int[] {r, column, colspan});
                }
                column += colspan;
            }
            ensure(grid, r);
        }
        repeatHeaderSpans(grid, spans);
        return new Block.Grid(squared(grid), where, true);
    }

    /** Above the first row with an amount or a code, a spanning header's text heads every column it spans. */
    private static void repeatHeaderSpans(List<String[]> grid, List<int[]> spans) {
        int firstData = grid.size();
        for (int r = 0; r < grid.size() && firstData == grid.size(); r++) {
            if (Arrays.stream(grid.get(r)).anyMatch(t -> t != null && (Cells.amount(t).isPresent() || Cells.isCode(t)))) {
                firstData = r;
            }
        }
        for (int[] span : spans) {
            if (span[0] < firstData) {
                String[] row = grid.get(span[0]);
                for (int c = span[1] + 1; c < span[1] + span[2]; c++) {
                    row[c] = row[span[1]];
                }
            }
        }
    }

    /** Rows of one width, blank rows left out. */
    private static List<List<String>> squared(List<String[]> grid) {
        int width = grid.stream().mapToInt(r -> r.length).max().orElse(0);
        List<List<String>> rows = new ArrayList<>();
        for (String[] row : grid) {
            String[] full = Arrays.copyOf(row, width);
            Arrays.setAll(full, i -> full[i] == null ? "" : full[i]);
            if (Arrays.stream(full).anyMatch(t -> !t.isBlank())) {
                rows.add(List.of(full));
            }
        }
        return rows;
    }

    private static boolean taken(List<String[]> grid, int r, int c) {
        return r < grid.size() && c < grid.get(r).length && grid.get(r)[c] != null;
    }

    private static void put(List<String[]> grid, int r, int c, String text) {
        ensure(grid, r);
        String[] row = grid.get(r);
        if (c >= row.length) {
            row = Arrays.copyOf(row, c + 1);
            grid.set(r, row);
        }
        row[c] = text;
    }

    private static void ensure(List<String[]> grid, int r) {
        while (grid.size() <= r) {
            grid.add(new String[0]);
        }
    }

    private static int span(Element cell, String attribute, int max) {
        String value = cell.attr(attribute).strip().replaceAll("\\D.*$", "");
        if (value.isEmpty()) {
            return 1;
        }
        try {
            return Math.max(1, Math.min(max, Integer.parseInt(value.length() > 6 ? "999999" : value)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The table's own rows, in thead, tbody and tfoot or directly under it; not those of any table inside. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.normalName().equals("tr")) {
                rows.add(child);
            } else if (child.normalName().matches("thead|tbody|tfoot")) {
                child.children().stream().filter(c -> c.normalName().equals("tr")).forEach(rows::add);
            }
        }
        return rows;
    }

    private static List<Element> cells(Element row) {
        return row.children().stream().filter(c -> c.normalName().equals("td") || c.normalName().equals("th")).toList();
    }

    /** A cell's text as displayed, its wrapped lines joined (Chinese text wraps without spaces). */
    private static String text(Element cell) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.getWholeText());
                } else if (node instanceof Element e && (e.normalName().equals("br") || HtmlBlocks.isBlock(e.normalName()))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
            }
        }, cell);
        return Cells.joined(TextReader.clean(text.toString()));
    }
}
