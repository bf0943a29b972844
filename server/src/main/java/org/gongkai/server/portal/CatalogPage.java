package org.gongkai.server.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gongkai.core.classification.CatalogDifferences;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;

/**
 * The built-in 支出功能分类 of one year as citizens and clerks browse it: the tree (类 › 款 › 项), a search by code or
 * name, and what changed from the year before (new, renamed, withdrawn codes).
 */
public record CatalogPage(int year, String query, List<Line> lines, List<Change> changes) {

    /** One code in the tree, with its depth (0 类, 1 款, 2 项). */
    public record Line(String code, String name, int depth) {
    }

    /** A difference from the previous year. */
    public record Change(String code, String kind, String before, String after) {
    }

    static CatalogPage of(int year, String query) {
        if (!ClassificationCatalog.supports(year)) {
            throw new IllegalArgumentException("没有 " + year + " 年的分类目录（内置目录覆盖 " + ClassificationCatalog.FIRST_YEAR + "–"
                    + ClassificationCatalog.LAST_YEAR + " 年）");
        }
        YearCatalog now = ClassificationCatalog.builtIn().forYear(year);
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<Line> lines = now.functionsInForce().entrySet().stream()
                .filter(e -> q.isEmpty() || e.getKey().startsWith(q) || e.getValue().name().contains(q))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Line(e.getKey(), e.getValue().name(), (e.getKey().length() - 3) / 2)).toList();
        return new CatalogPage(year, query == null ? "" : query.strip(), lines, changes(year));
    }

    private static List<Change> changes(int year) {
        if (!ClassificationCatalog.supports(year - 1)) {
            return List.of();
        }
        CatalogDifferences differences = CatalogDifferences.between(ClassificationCatalog.builtIn().forYear(year - 1).functionsInForce(),
                ClassificationCatalog.builtIn().forYear(year).functionsInForce());
        List<Change> changes = new ArrayList<>();
        differences.added().forEach(e -> changes.add(new Change(e.code(), "新增", null, e.name())));
        differences.renamed().forEach(r -> changes.add(new Change(r.code(), "更名", r.before(), r.after())));
        differences.withdrawn().forEach(e -> changes.add(new Change(e.code(), "停用", e.name(), null)));
        changes.sort(java.util.Comparator.comparing(Change::code));
        return changes;
    }
}
