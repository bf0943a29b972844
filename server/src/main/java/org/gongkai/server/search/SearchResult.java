package org.gongkai.server.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One department-year found: its best passage (kind, text, where, link and amount as a {@link SearchHit}'s) and the
 * other passages of the same department-year that matched, so that near-identical hits — one 科目 in five tables, a
 * department's name and its projects — are read as one result.
 */
public record SearchResult(String kind, String text, String department, String departmentCode, int year, String where,
                           String link, BigDecimal amount, List<SearchHit> more) {

    public SearchResult {
        more = List.copyOf(more);
    }

    /**
     * The hits grouped by department-year, in the order of each group's best passage (then the hits' own order), at
     * most {@code limit} groups. The best passage is the one whose text is the query itself, then one that begins with
     * it, then one that holds it, then one found by another name; ties keep the hits' order (部门, 项目, 三公, 科目).
     */
    public static List<SearchResult> group(List<SearchHit> hits, String query, int limit) {
        String q = SearchIndex.fold(query == null ? "" : query).strip();
        Map<String, List<SearchHit>> groups = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            groups.computeIfAbsent(hit.departmentCode() + "/" + hit.year(), k -> new ArrayList<>()).add(hit);
        }
        List<List<SearchHit>> ordered = new ArrayList<>();
        for (List<SearchHit> group : groups.values()) {
            List<SearchHit> best = new ArrayList<>(group);
            best.sort(Comparator.comparingInt(h -> closeness(h, q)));
            ordered.add(best);
        }
        // A stable sort: groups as close to the query keep the hits' order (newest year first within a kind).
        ordered.sort(Comparator.comparingInt(g -> closeness(g.get(0), q)));
        return ordered.stream().limit(limit).map(SearchResult::of).toList();
    }

    private static SearchResult of(List<SearchHit> group) {
        SearchHit best = group.get(0);
        return new SearchResult(best.kind(), best.text(), best.department(), best.departmentCode(), best.year(), best.where(),
                best.link(), best.amount(), group.subList(1, group.size()));
    }

    /** 0 the text is the query, 1 it begins with it, 2 it holds it, 3 found by another name or by code. */
    static int closeness(SearchHit hit, String q) {
        String text = SearchIndex.fold(hit.text()).strip();
        if (hit.kind().equals("科目")) {
            text = text.replaceFirst("^\\d+\\s*", "");
        }
        if (text.equals(q)) {
            return 0;
        }
        return text.startsWith(q) ? 1 : text.contains(q) ? 2 : 3;
    }
}
