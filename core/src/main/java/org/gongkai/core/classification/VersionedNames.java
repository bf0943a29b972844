package org.gongkai.core.classification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every name a code has had, by budget year. Renamed codes keep all their names
 * (210 医疗卫生与计划生育支出 up to 2018, 卫生健康支出 after); ranges of one code never overlap.
 */
final class VersionedNames {

    private final String resource;
    private final Map<String, List<CatalogEntry>> byCode;

    private VersionedNames(String resource, Map<String, List<CatalogEntry>> byCode) {
        this.resource = resource;
        this.byCode = byCode;
    }

    static VersionedNames load(String resource, String idColumn) {
        Map<String, List<CatalogEntry>> byCode = new TreeMap<>();
        for (Map<String, String> row : TsvResource.read(resource)) {
            String glossary = row.containsKey("glossary") ? row.get("glossary") : row.getOrDefault("text", "");
            String name = row.containsKey("name") ? row.get("name") : row.get("term");
            CatalogEntry entry = new CatalogEntry(row.get(idColumn), name, TsvResource.years(row), glossary,
                    row.getOrDefault("source", ""));
            List<CatalogEntry> versions = byCode.computeIfAbsent(entry.code(), c -> new ArrayList<>());
            versions.stream().filter(v -> overlaps(v.years(), entry.years())).findAny().ifPresent(v -> {
                throw new IllegalStateException(resource + " 第 " + row.get("#line") + " 行：编码 " + entry.code()
                        + " 的年度范围与名称“" + v.name() + "”重叠");
            });
            versions.add(entry);
        }
        return new VersionedNames(resource, byCode);
    }

    /** Names of one year only, as an official catalog lists them. */
    static VersionedNames of(String resource, java.util.Collection<CatalogEntry> entries) {
        Map<String, List<CatalogEntry>> byCode = new TreeMap<>();
        entries.forEach(e -> byCode.put(e.code(), List.of(e)));
        return new VersionedNames(resource, byCode);
    }

    private static boolean overlaps(YearRange a, YearRange b) {
        int aFrom = a.from() == null ? Integer.MIN_VALUE : a.from();
        int aTo = a.to() == null ? Integer.MAX_VALUE : a.to();
        int bFrom = b.from() == null ? Integer.MIN_VALUE : b.from();
        int bTo = b.to() == null ? Integer.MAX_VALUE : b.to();
        return aFrom <= bTo && bFrom <= aTo;
    }

    Optional<CatalogEntry> find(String code, int year) {
        return byCode.getOrDefault(code, List.of()).stream().filter(e -> e.years().contains(year)).findFirst();
    }

    List<CatalogEntry> history(String code) {
        return Collections.unmodifiableList(byCode.getOrDefault(code, List.of()));
    }

    Map<String, CatalogEntry> inForce(int year) {
        Map<String, CatalogEntry> result = new LinkedHashMap<>();
        byCode.forEach((code, versions) -> versions.stream()
                .filter(e -> e.years().contains(year)).findFirst().ifPresent(e -> result.put(code, e)));
        return result;
    }

    String resource() {
        return resource;
    }
}
