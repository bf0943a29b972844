package org.gongkai.io.importing.read;

import org.gongkai.io.importing.source.Heads;
import org.gongkai.io.importing.source.Cells;
import org.gongkai.io.importing.source.Titles;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables that crawled pages and text conversions print without tabs, rewritten as the tab-separated rows TextReader
 * makes its grids of: rows of {@code |}-separated cells (「合 计 | 34.35 | 34.35 |」), one cell a line each closed by
 * {@code |} (「公务用车购置费 |」 「423.81 |」 …, rows between bare 「|」 lines or as wide as the header run before the first
 * amount), and label + amounts aligned by spaces (「2.公务用车运行维护费 6.8 6.8」) under their header lines. A table needs
 * at least two rows of cells; a title, unit or note printed inside the frame stays a line of text, and so does prose: a
 * line whose numbers are followed by words (「比上年增加 2.3 万元」) is no row.
 */
final class TextRows {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Sentence punctuation: a line holding it is prose, never a row of a space-aligned table. */
    private static final Pattern SENTENCE = Pattern.compile("[。，,；;！？!?]");
    /** A single-cell row this long (or holding a full stop) is a note or a title printed inside the frame. */
    private static final int NOTE = 40;

    private TextRows() {
    }

    /** The lines with each text table as tab-separated rows; a row taken from several lines stands at the first of them. */
    static List<String> tabSeparated(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        int i = 0;
        while (i < out.size()) {
            int end = i;
            while (end < out.size() && isPipeLine(out.get(end))) {
                end++;
            }
            if (end > i) {
                rewriteByTitle(out, i, end);
                i = end;
            } else {
                i++;
            }
        }
        SpaceRows.rewrite(out);
        return out;
    }

    /**
     * A run of {@code |} lines cut at each table title printed as a row of its own: a page's frame above a table
     * (「索引号 | … | 发布机构 | …」) is no header of the table, and two tables printed one after the other are two.
     */
    private static void rewriteByTitle(List<String> lines, int start, int end) {
        int from = start;
        for (int k = start; k < end; k++) {
            List<String> cells = pipeCells(lines.get(k));
            String only = String.join("", cells).strip();
            if (filled(cells) == 1 && Titles.isTableTitleOfEitherKind(only)) {
                PipeRows.rewrite(lines, from, k);
                lines.set(k, only);
                from = k + 1;
            }
        }
        PipeRows.rewrite(lines, from, end);
    }

    private static boolean isPipeLine(String line) {
        return line.indexOf('|') >= 0 && line.indexOf('\t') < 0;
    }

    /** A line's cells between {@code |}: a leading and a closing {@code |} frame the row and add no cell. */
    static List<String> pipeCells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : s.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    static long filled(List<String> cells) {
        return cells.stream().filter(c -> !c.isBlank()).count();
    }

    /** An amount, or a dash printed for none. */
    static boolean isAmount(String cell) {
        String t = Cells.fold(cell).replace(" ", "");
        return !t.isEmpty() && (Cells.amount(t).isPresent() || Cells.isBlank(t) || t.matches("-?\\d+(\\.\\d+)?%"));
    }

    /** The cell as a line of text of its own: a note, title or unit printed in a frame row of its own. */
    static boolean isNote(List<String> cells) {
        String text = String.join(" ", cells.stream().filter(c -> !c.isBlank()).toList());
        boolean noAmount = cells.stream().noneMatch(c -> !c.isBlank() && isAmount(c));
        return noAmount && (Heads.unit(text).isPresent() || filled(cells) == 1 && (text.length() > NOTE || text.contains("。")));
    }

    static boolean isProse(String line) {
        return SENTENCE.matcher(Cells.fold(line)).find();
    }

    static String[] tokens(String line) {
        String t = line.strip();
        return t.isEmpty() ? new String[0] : SPACES.split(t);
    }
}
