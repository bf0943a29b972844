package org.gongkai.io.importing.read;

import org.gongkai.io.importing.source.Heads;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table printed as label + amounts aligned by spaces (「2.公务用车运行维护费 6.8 6.8」), with the header lines just above
 * its first row (「项目 2016年预算数」 「小计 其中:一般公共预算安排数」), rewritten in place as tab-separated rows. A header
 * line shorter than the rows is aligned as such headers are printed: the top line from the left (its first cell, 项目,
 * spans the header's lines; the last spans the columns left), the lines under it from the right. A line whose label
 * reads as prose, or whose numbers are followed by words, is no row; a table needs two rows of as many amounts, and a
 * table of one amount a row a header or a decimal amount (so that a contents page's page numbers make none).
 */
final class SpaceRows {

    private static final int HEADER_LINES = 3;
    private static final int HEADER_LENGTH = 40;
    private static final int LABEL_ONLY_LENGTH = 30;

    /** A line read as a row: its label and its amounts (none for a label-only line inside a table). */
    private record Row(String label, List<String> amounts) {
    }

    private SpaceRows() {
    }

    static void rewrite(List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            int end = runEnd(lines, i);
            if (end > i) {
                rewriteRun(lines, i, end);
                i = end;
            } else {
                i++;
            }
        }
    }

    /** The end of the run of rows starting at {@code start}: data rows, with label-only lines only between two of them. */
    private static int runEnd(List<String> lines, int start) {
        if (row(lines.get(start)) == null || row(lines.get(start)).amounts().isEmpty()) {
            return start;
        }
        int end = start + 1;
        int i = start + 1;
        while (i < lines.size() && row(lines.get(i)) != null) {
            i++;
            if (!row(lines.get(i - 1)).amounts().isEmpty()) {
                end = i;
            }
        }
        return end;
    }

    private static void rewriteRun(List<String> lines, int start, int end) {
        List<Row> rows = new ArrayList<>();
        for (int i = start; i < end; i++) {
            rows.add(row(lines.get(i)));
        }
        int amounts = rows.stream().mapToInt(r -> r.amounts().size()).max().orElse(0);
        long sameShape = rows.stream().filter(r -> r.amounts().size() == amounts).count();
        List<Integer> header = headerLines(lines, start, amounts + 1);
        boolean decimal = rows.stream().flatMap(r -> r.amounts().stream()).anyMatch(a -> a.contains("."));
        if (sameShape < 2 || amounts == 1 && header.isEmpty() && !decimal) {
            return;
        }
        for (int h = 0; h < header.size(); h++) {
            int line = header.get(h);
            lines.set(line, String.join("\t", aligned(TextRows.tokens(lines.get(line)), amounts + 1, h == 0)));
        }
        for (int i = start; i < end; i++) {
            Row row = rows.get(i - start);
            List<String> cells = new ArrayList<>(List.of(row.label()));
            cells.addAll(row.amounts());
            while (cells.size() < amounts + 1) {
                cells.add("");
            }
            lines.set(i, String.join("\t", cells));
        }
    }

    /** The header lines just above a table's first row, top first: short, of words, no wider than its rows. */
    private static List<Integer> headerLines(List<String> lines, int start, int width) {
        List<Integer> header = new ArrayList<>();
        for (int i = start - 1; i >= 0 && header.size() < HEADER_LINES; i--) {
            String line = lines.get(i);
            String[] tokens = TextRows.tokens(line);
            if (line.indexOf('\t') >= 0 || line.indexOf('|') >= 0 || tokens.length < 2 || tokens.length > width
                    || line.strip().length() > HEADER_LENGTH || TextRows.isProse(line) || Heads.unit(line).isPresent()
                    || Arrays.stream(tokens).anyMatch(TextRows::isAmount) || Heads.isTableTitle(line.strip())) {
                break;
            }
            header.add(0, i);
        }
        return header;
    }

    private static List<String> aligned(String[] tokens, int width, boolean top) {
        List<String> cells = new ArrayList<>();
        if (!top) {
            for (int i = tokens.length; i < width; i++) {
                cells.add("");
            }
        }
        cells.addAll(List.of(tokens));
        while (cells.size() < width) {
            cells.add("");
        }
        return cells;
    }

    /**
     * The line as a row: a label of words (not prose) and the amounts after it, every token after the label an amount;
     * a short label alone is a row without amounts; null for anything else.
     */
    private static Row row(String line) {
        if (line.isBlank() || line.indexOf('\t') >= 0 || line.indexOf('|') >= 0) {
            return null;
        }
        String[] tokens = TextRows.tokens(line);
        int first = 0;
        while (first < tokens.length && !TextRows.isAmount(tokens[first])) {
            first++;
        }
        for (int i = first; i < tokens.length; i++) {
            if (!TextRows.isAmount(tokens[i])) {
                return null; // words after a number: prose (「比上年增加 2.3 万元」)
            }
        }
        String label = String.join(" ", Arrays.asList(tokens).subList(0, Math.min(first, tokens.length)));
        if (first == 0 || TextRows.isProse(label) || !label.codePoints().anyMatch(Character::isIdeographic)) {
            return null;
        }
        if (first == tokens.length) {
            return label.length() <= LABEL_ONLY_LENGTH ? new Row(label, List.of()) : null;
        }
        return new Row(label, Arrays.asList(tokens).subList(first, tokens.length));
    }
}
