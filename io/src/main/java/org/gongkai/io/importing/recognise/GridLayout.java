package org.gongkai.io.importing.recognise;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.io.importing.source.Cells;
import org.gongkai.io.importing.source.Titles;

/**
 * Where each canonical column sits in a published grid. Each column is anchored at the first header cell, left
 * to right, whose text contains one of its keywords, and owns the grid columns up to the next anchor: a header
 * split over two cells ("一般公共预算 | 财政拨款") and data written under either half still land in one column.
 */
final class GridLayout {

    /** A canonical column and the words that name it in published headers. */
    record Spec(String name, boolean amount, List<String> keywords) {

        static Spec text(String name, String... keywords) {
            return new Spec(name, false, List.of(keywords));
        }

        static Spec amount(String name, String... keywords) {
            return new Spec(name, true, List.of(keywords));
        }
    }

    private final List<Spec> specs;
    private final int[] anchors;
    private final boolean[] numbering;

    private GridLayout(List<Spec> specs, int[] anchors, boolean[] numbering) {
        this.specs = specs;
        this.anchors = anchors;
        this.numbering = numbering;
    }

    static GridLayout of(List<List<String>> headerRows, List<Spec> specs) {
        List<String> labels = labels(headerRows);
        int[] anchors = new int[specs.size()];
        int from = 0;
        for (int s = 0; s < specs.size(); s++) {
            anchors[s] = find(labels, from, specs.get(s));
            if (anchors[s] >= 0) {
                from = anchors[s] + 1;
            }
        }
        return new GridLayout(specs, anchors, numbering(headerRows, labels.size()));
    }

    /** The grid columns headed 序号 or 行次 (their lowest header text): they number the rows, no canonical column owns them. */
    private static boolean[] numbering(List<List<String>> headerRows, int width) {
        boolean[] numbering = new boolean[width];
        for (int i = 0; i < width; i++) {
            for (int r = headerRows.size() - 1; r >= 0; r--) {
                String text = i < headerRows.get(r).size() ? headerRows.get(r).get(i) : "";
                if (!text.isBlank()) {
                    numbering[i] = Cells.isNumberingHeader(text);
                    break;
                }
            }
        }
        return numbering;
    }

    /** A grid column numbering the rows (序号, 行次): structure, neither a name nor an amount. */
    boolean numbering(int gridIndex) {
        return gridIndex < numbering.length && numbering[gridIndex];
    }

    /** The canonical column owning a grid column, or -1 for one left of every anchor (序号), unmatched or numbering rows. */
    int columnOf(int gridIndex) {
        if (numbering(gridIndex)) {
            return -1;
        }
        int best = -1;
        for (int s = 0; s < anchors.length; s++) {
            if (anchors[s] >= 0 && anchors[s] <= gridIndex && (best < 0 || anchors[s] > anchors[best])) {
                best = s;
            }
        }
        return best;
    }

    boolean found(int column) {
        return anchors[column] >= 0;
    }

    int foundCount() {
        int count = 0;
        for (int anchor : anchors) {
            count += anchor >= 0 ? 1 : 0;
        }
        return count;
    }

    List<Spec> specs() {
        return specs;
    }

    private static int find(List<String> labels, int from, Spec spec) {
        for (int i = from; i < labels.size(); i++) {
            for (String keyword : spec.keywords()) {
                if (labels.get(i).contains(keyword)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Per grid column, the texts of all header rows joined top to bottom, spaces removed. */
    private static List<String> labels(List<List<String>> headerRows) {
        int width = headerRows.stream().mapToInt(List::size).max().orElse(0);
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            StringBuilder label = new StringBuilder();
            for (List<String> row : headerRows) {
                if (i < row.size()) {
                    label.append(Titles.plain(row.get(i)));
                }
            }
            labels.add(label.toString());
        }
        return labels;
    }
}
