package org.gongkai.io.importing.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A run of lines holding {@code |}: a row a line (「合 计 | 34.35 | 34.35 |」), or one cell a line (「公务用车购置费 |」), its
 * rows between bare 「|」 lines or, without them, as wide as the header cells before the first amount (the first of them
 * is the first row's label). Rewritten in place as tab-separated rows; a run that does not make a table is left as it is.
 */
final class PipeRows {

    /** A header cell over a change (an amount and its 「%」 under one span). */
    private static final Pattern CHANGE = Pattern.compile("增减|增长|变动|变化|比上年|同比");

    /** One table row and the run's line it starts on. */
    private record Row(int line, List<String> cells) {
    }

    private PipeRows() {
    }

    static void rewrite(List<String> lines, int start, int end) {
        List<List<String>> cells = new ArrayList<>();
        for (int i = start; i < end; i++) {
            cells.add(TextRows.pipeCells(lines.get(i)));
        }
        boolean cellPerLine = end - start >= 6 && cells.stream().allMatch(c -> c.size() == 1);
        List<Row> rows = cellPerLine ? cellPerLineRows(cells) : rowPerLine(cells);
        rows = withSpansRestored(rows);
        if (rows.isEmpty() || !isTable(rows)) {
            return;
        }
        for (int i = start; i < end; i++) {
            lines.set(i, "");
        }
        int width = rows.stream().mapToInt(r -> lastFilled(r.cells()) + 1).max().orElse(0);
        boolean body = false;
        for (Row row : rows) {
            body |= TextRows.filled(row.cells()) >= 2;
            List<String> c = row.cells();
            String note = String.join(" ", c.stream().filter(x -> !x.isBlank()).toList());
            if (TextRows.filled(c) == 0) {
                lines.set(start + row.line(), "");
            } else if (!body && TextRows.filled(c) == 1 || TextRows.isNote(c)) {
                lines.set(start + row.line(), note);
            } else {
                lines.set(start + row.line(), String.join("\t", padded(c, width)));
            }
        }
    }

    /**
     * A header row printed without its spans above a row that repeats one group of labels (「预算数 | 决算数」 over
     * 「合计 | 一般公共预算 | 政府性基金 | 合计 | 一般公共预算 | 政府性基金」): as many labels above as groups below, packed to
     * the left, each spans its group — so each label is moved over the first column of its group.
     */
    private static List<Row> withSpansRestored(List<Row> rows) {
        List<Row> out = new ArrayList<>(rows);
        int bodyWidth = rows.stream().filter(r -> r.cells().stream().anyMatch(c -> !c.isBlank() && TextRows.isAmount(c)))
                .mapToInt(r -> lastFilled(r.cells()) + 1).max().orElse(0);
        for (int r = 0; r + 1 < out.size(); r++) {
            List<String> upper = out.get(r).cells();
            List<String> lower = out.get(r + 1).cells();
            if (lower.stream().anyMatch(c -> !c.isBlank() && TextRows.isAmount(c))) {
                break;
            }
            // The lower row printed without the cell under the upper row's label column (「项目」 spans both rows).
            if (TextRows.filled(upper) >= 2 && !upper.get(0).isBlank() && !lower.get(0).isBlank() && TextRows.filled(lower) == bodyWidth - 1
                    && lastFilled(lower) == bodyWidth - 2) {
                List<String> shifted = new ArrayList<>(List.of(""));
                shifted.addAll(lower);
                lower = shifted;
                out.set(r + 1, new Row(out.get(r + 1).line(), shifted));
            }
            List<String> labels = upper.subList(Math.min(1, upper.size()), upper.size()).stream().filter(c -> !c.isBlank()).toList();
            List<String> groups = lower.subList(Math.min(1, lower.size()), lastFilled(lower) + 1);
            int k = labels.size();
            if (k < 2 || groups.size() % k != 0 || groups.size() / k < 2 || !repeats(groups, k)
                    || !upper.subList(1, Math.min(upper.size(), k + 1)).stream().noneMatch(String::isBlank)) {
                continue;
            }
            int size = groups.size() / k;
            List<String> spread = new ArrayList<>(java.util.Collections.nCopies(1 + groups.size(), ""));
            spread.set(0, upper.get(0));
            for (int g = 0; g < k; g++) {
                spread.set(1 + g * size, labels.get(g));
            }
            out.set(r, new Row(out.get(r).line(), spread));
        }
        return out;
    }

    /** Whether the cells are one group of labels repeated k times. */
    private static boolean repeats(List<String> cells, int k) {
        int size = cells.size() / k;
        for (int i = size; i < cells.size(); i++) {
            if (!cells.get(i).equals(cells.get(i % size)) || cells.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<Row> rowPerLine(List<List<String>> cells) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            rows.add(new Row(i, cells.get(i)));
        }
        return rows;
    }

    private static List<Row> cellPerLineRows(List<List<String>> lines) {
        boolean separated = lines.stream().anyMatch(c -> c.get(0).isBlank());
        return separated ? betweenSeparators(lines) : byHeaderWidth(lines);
    }

    private static List<Row> betweenSeparators(List<List<String>> lines) {
        List<Row> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        int first = 0;
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).get(0).isBlank()) {
                if (!row.isEmpty()) {
                    rows.add(new Row(first, row));
                }
                row = new ArrayList<>();
                first = i + 1;
            } else {
                row.add(lines.get(i).get(0));
            }
        }
        return rows;
    }

    /** Rows as wide as the header: the cells before the first amount, less the first row's label. */
    private static List<Row> byHeaderWidth(List<List<String>> lines) {
        int firstAmount = 0;
        while (firstAmount < lines.size() && !TextRows.isAmount(lines.get(firstAmount).get(0))) {
            firstAmount++;
        }
        int width = firstAmount - 1;
        if (width < 2 || firstAmount == lines.size()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += width) {
            List<String> row = new ArrayList<>();
            for (int j = i; j < Math.min(lines.size(), i + width); j++) {
                row.add(lines.get(j).get(0));
            }
            rows.add(new Row(i, row));
        }
        return rows;
    }

    /**
     * At least two rows of cells, every body row opening with its label, and every column that holds an amount headed
     * above it: a header narrower than its rows lost its spans, and which part a column is would be a guess.
     */
    private static boolean isTable(List<Row> rows) {
        List<Row> multi = rows.stream().filter(r -> TextRows.filled(r.cells()) >= 2).toList();
        if (multi.size() < 2) {
            return false;
        }
        int firstBody = -1;
        for (int i = 0; i < multi.size() && firstBody < 0; i++) {
            if (multi.get(i).cells().stream().anyMatch(c -> !c.isBlank() && TextRows.isAmount(c))) {
                firstBody = i;
            }
        }
        if (firstBody < 1) {
            return false;
        }
        List<Row> header = multi.subList(0, firstBody);
        for (Row row : multi.subList(firstBody, multi.size())) {
            List<String> c = row.cells();
            if (TextRows.isAmount(c.get(0)) && !c.get(0).isBlank()) {
                return false;
            }
            for (int col = 1; col < c.size(); col++) {
                if (!c.get(col).isBlank() && !headed(header, col) && !underChangeSpan(header, col)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean headed(List<Row> header, int col) {
        return header.stream().anyMatch(h -> col < h.cells().size() && !h.cells().get(col).isBlank());
    }

    /**
     * The column right of a change header (「比上年增减」 over an amount and its 「%」): a header printed without its spans
     * leaves the second column of a change unheaded, and which part it is is no guess.
     */
    private static boolean underChangeSpan(List<Row> header, int col) {
        return header.stream().anyMatch(h -> col - 1 < h.cells().size() && CHANGE.matcher(h.cells().get(col - 1)).find()
                && (col >= h.cells().size() || h.cells().get(col).isBlank()));
    }

    private static int lastFilled(List<String> cells) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isBlank()) {
                return i;
            }
        }
        return 0;
    }

    private static List<String> padded(List<String> cells, int width) {
        List<String> out = new ArrayList<>(cells.subList(0, Math.min(cells.size(), width)));
        while (out.size() < Math.max(2, width)) {
            out.add("");
        }
        return out;
    }
}
