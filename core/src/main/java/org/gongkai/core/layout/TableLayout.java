package org.gongkai.core.layout;

import java.util.List;
import java.util.Optional;

/**
 * One published table's layout: its semantic id, its number in the national package (0 for a regional addition),
 * the official title, the title words regions use, whether it is two-sided, its columns, and whether a budget or a
 * final accounts package publishes it.
 */
public record TableLayout(String id, int number, String title, Words titleWords, boolean twoSided, List<LayoutColumn> columns,
                          org.gongkai.core.budget.DisclosureKind kind) {

    public TableLayout {
        columns = List.copyOf(columns);
    }

    /** The column whose header words the folded header path matches best (ties: the earlier column). */
    public Optional<LayoutColumn> columnFor(String foldedHeaderPath) {
        LayoutColumn best = null;
        int bestWeight = 0;
        for (LayoutColumn column : columns) {
            int weight = column.aliases().match(foldedHeaderPath);
            if (weight > bestWeight) {
                best = column;
                bestWeight = weight;
            }
        }
        return Optional.ofNullable(best);
    }

    public Optional<LayoutColumn> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The official labels of the columns with these keys, in order (what the generators print as headers). */
    public String[] labels(String... keys) {
        String[] labels = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            labels[i] = column(key).map(LayoutColumn::label)
                    .orElseThrow(() -> new IllegalStateException("表样 " + id + " 没有栏目 " + key));
        }
        return labels;
    }

    /** The official label of a column on one side of a two-sided table. */
    public String label(String key, String side) {
        return columns.stream().filter(c -> c.key().equals(key) && c.side().equals(side)).map(LayoutColumn::label).findFirst()
                .orElseThrow(() -> new IllegalStateException("表样 " + id + " 没有" + side + "栏目 " + key));
    }
}
