package org.gongkai.server.portal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.layout.LayoutColumn;
import org.gongkai.core.layout.Layouts;

/**
 * The names of each part of the “三公”经费 as the layout data gives them — the rows of the national table
 * (three-public-rows.tsv) and the columns regions print them in (columns.tsv, the budget's and the 决算's “三公” tables):
 * the search finds a part by any of them, whichever a document used.
 */
final class ThreePublicTerms {

    /** The tables whose columns are parts of the “三公”经费 (a 决算's name each part twice, 预算数 and 决算数). */
    private static final List<String> TABLES = List.of("THREE_PUBLIC", "ACCOUNTS_THREE_PUBLIC");

    private static final Set<String> BARE_TOTALS = Set.of("合计", "小计", "总计");

    private static final ThreePublicTerms BUILT_IN = new ThreePublicTerms(Layouts.builtIn());

    /** The parts in the national table's order, each with its name as shown and all its names. */
    private final Map<String, Part> parts = new LinkedHashMap<>();

    /** A part of the “三公”经费: its row key, its name without numbering, and every name it goes by. */
    record Part(String key, String name, List<String> names) {
    }

    private ThreePublicTerms(Layouts layouts) {
        Map<String, Set<String>> names = new LinkedHashMap<>();
        for (Layouts.ThreePublicRow row : layouts.threePublicRows()) {
            names.computeIfAbsent(row.key(), k -> new LinkedHashSet<>()).add(plain(row.label()));
        }
        for (String table : TABLES) {
            for (LayoutColumn column : layouts.table(table).columns()) {
                String key = partKey(column.key());
                String name = plain(column.label());
                // A bare 「合计」 names every table's first line: it would find, and point at, what is not a “三公” part.
                if (names.containsKey(key) && column.amount() && !BARE_TOTALS.contains(name)) {
                    names.get(key).add(name);
                }
            }
        }
        names.forEach((key, all) -> parts.put(key, new Part(key, all.iterator().next(), List.copyOf(all))));
    }

    static ThreePublicTerms builtIn() {
        return BUILT_IN;
    }

    /** The parts, the grand total (合计 of the “三公” and other lines some regions add) left out: it is not a “三公” part. */
    List<Part> parts() {
        List<Part> shown = new ArrayList<>(parts.values());
        shown.removeIf(p -> p.key().equals("grandTotal"));
        return shown;
    }

    /** A 决算 column's key without its 预算数/决算数 prefix: 「actualReception」 is 「reception」. */
    private static String partKey(String columnKey) {
        for (String prefix : List.of("budget", "actual")) {
            if (columnKey.startsWith(prefix) && columnKey.length() > prefix.length()) {
                String rest = columnKey.substring(prefix.length());
                return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
            }
        }
        return columnKey;
    }

    /** A label without its numbering (「三、」, 「其中：」) and its column's 「（预算数）」: the name a reader types. */
    static String plain(String label) {
        return label.strip().replaceFirst("^[一二三四五六七八九十]+、", "").replaceFirst("^其中[:：]", "")
                .replaceFirst("[（(](预算数|决算数)[）)]$", "").strip();
    }
}
