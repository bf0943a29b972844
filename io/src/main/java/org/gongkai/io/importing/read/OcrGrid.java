package org.gongkai.io.importing.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The columns of a table OCR read, from its cells' spans: the spans of the rows with the most cells, merged where
 * they overlap (a column's cells are left-, right- or centre-aligned, so their spans overlap whichever way), are the
 * columns; every cell goes under the column it overlaps most, so a row with blank cells keeps the others in place.
 */
final class OcrGrid {

    /** A cell as read: its left and right edge and its text. */
    record Span(int left, int right, String text) {
    }

    private OcrGrid() {
    }

    static List<List<String>> rows(List<List<Span>> lines) {
        List<int[]> columns = columns(lines);
        List<List<String>> rows = new ArrayList<>();
        for (List<Span> line : lines) {
            String[] cells = new String[columns.size()];
            java.util.Arrays.fill(cells, "");
            for (Span span : line) {
                int column = columnOf(columns, span);
                cells[column] = cells[column].isEmpty() ? span.text() : cells[column] + " " + span.text();
            }
            rows.add(List.of(cells));
        }
        return rows;
    }

    /** The merged spans of the widest rows, left to right. */
    private static List<int[]> columns(List<List<Span>> lines) {
        int widest = lines.stream().mapToInt(List::size).max().orElse(0);
        // Rows with fewer cells may hold a header cell spanning two columns: it would merge them.
        List<Span> spans = new ArrayList<>(lines.stream().filter(l -> l.size() == widest).flatMap(List::stream).toList());
        spans.sort(Comparator.comparingInt(Span::left));
        List<int[]> columns = new ArrayList<>();
        for (Span span : spans) {
            int[] last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            if (last != null && span.left() <= last[1]) {
                last[1] = Math.max(last[1], span.right());
            } else {
                columns.add(new int[] {span.left(), span.right()});
            }
        }
        return columns;
    }

    /** The column a cell overlaps most; one it does not overlap goes to the nearest. */
    private static int columnOf(List<int[]> columns, Span span) {
        int best = 0;
        long bestScore = Long.MIN_VALUE;
        for (int i = 0; i < columns.size(); i++) {
            int[] column = columns.get(i);
            long overlap = Math.min(column[1], span.right()) - Math.max(column[0], span.left());
            if (overlap > bestScore) {
                best = i;
                bestScore = overlap;
            }
        }
        return best;
    }
}
