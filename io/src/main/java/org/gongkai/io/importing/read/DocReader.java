package org.gongkai.io.importing.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.StyleDescription;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Cells;
import org.gongkai.io.importing.source.SourceDocument;

/**
 * Reads a Word 97–2003 document (.doc, and the WPS text files that share its format) with POI's HWPF: paragraphs and
 * tables in document order. A paragraph's heading level comes from its style (「heading 2」「标题 2」). A table's columns
 * are the cell edges of all its rows together, so a header cell as wide as three amount columns spans them, its text
 * repeated under each above the first row of figures (as the ruled-PDF reader does).
 */
final class DocReader {

    private static final Pattern HEADING_STYLE = Pattern.compile("(?i)(heading|标题)\\s*(\\d)");
    /** Cell edges closer than this (twips; 1/20 point) are one column boundary drawn twice. */
    private static final int EDGE_TOLERANCE = 30;

    private DocReader() {
    }

    static SourceDocument read(String name, DirectoryNode root) throws IOException {
        HWPFDocument document = new HWPFDocument(root);
        Range range = document.getRange();
        ReadLimits.STANDARD.requireCells(name, "段落和表格单元格数", range.numParagraphs());
        List<Block> blocks = new ArrayList<>();
        int paragraph = 0;
        int table = 0;
        for (int i = 0; i < range.numParagraphs(); i++) {
            if (i % 1000 == 0) {
                ReadLimits.stopIfInterrupted(name);
            }
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table t = range.getTable(p);
                Block.Grid grid = grid(t, "第 " + ++table + " 个表格");
                if (!grid.rows().isEmpty()) {
                    blocks.add(grid);
                }
                i += Math.max(1, t.numParagraphs()) - 1;
                continue;
            }
            paragraph++;
            for (String line : TextReader.clean(text(p)).split("\n")) {
                if (!line.isBlank()) {
                    blocks.add(new Block.Text(line.strip(), level(document, p), "第 " + paragraph + " 段"));
                }
            }
        }
        return new SourceDocument(name, blocks);
    }

    /** A paragraph's text without field codes, its line breaks and the paragraph mark as new lines. */
    private static String text(Range range) {
        return Range.stripFields(range.text()).replace('\u000b', '\n').replace('\r', '\n').replace('\u0007', ' ')
                .replace('\u000c', '\n').replaceAll("[\\u0000-\\u0008\\u000e-\\u001f]", "");
    }

    private static int level(HWPFDocument document, Paragraph p) {
        StyleDescription style = document.getStyleSheet().getStyleDescription(p.getStyleIndex());
        Matcher m = HEADING_STYLE.matcher(style == null || style.getName() == null ? "" : style.getName());
        return m.find() ? Integer.parseInt(m.group(2)) : 0;
    }

    private static Block.Grid grid(Table table, String where) {
        TreeSet<Integer> edges = edges(table);
        List<Integer> columns = new ArrayList<>(edges);
        int width = Math.max(1, columns.size() - 1);
        List<String[]> rows = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            String[] cells = new String[width];
            java.util.Arrays.fill(cells, "");
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int from = column(columns, cell.getLeftEdge());
                int to = Math.max(from + 1, column(columns, cell.getLeftEdge() + cell.getWidth()));
                if (from >= width) {
                    continue;
                }
                cells[from] = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged() ? "" : Cells.joined(TextReader.clean(text(cell)));
                if (to - from > 1) {
                    spans.add(new int[] {rows.size(), from, Math.min(to, width)});
                }
            }
            rows.add(cells);
        }
        int firstData = firstData(rows);
        for (int[] span : spans) {
            for (int c = span[1] + 1; span[0] < firstData && c < span[2]; c++) {
                rows.get(span[0])[c] = rows.get(span[0])[span[1]];
            }
        }
        return new Block.Grid(rows.stream().filter(r -> java.util.Arrays.stream(r).anyMatch(t -> !t.isBlank()))
                .map(List::of).toList(), where, true);
    }

    /** Every row's cell edges, those within the tolerance of one another taken as one. */
    private static TreeSet<Integer> edges(Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                for (int edge : new int[] {cell.getLeftEdge(), cell.getLeftEdge() + cell.getWidth()}) {
                    Integer near = edges.floor(edge + EDGE_TOLERANCE);
                    if (near == null || Math.abs(near - edge) > EDGE_TOLERANCE) {
                        edges.add(edge);
                    }
                }
            }
        }
        return edges;
    }

    private static int column(List<Integer> columns, int edge) {
        int best = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (Math.abs(columns.get(i) - edge) < Math.abs(columns.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }

    private static int firstData(List<String[]> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (java.util.Arrays.stream(rows.get(r)).anyMatch(t -> Cells.amount(t).isPresent() || Cells.isCode(t))) {
                return r;
            }
        }
        return rows.size();
    }
}
