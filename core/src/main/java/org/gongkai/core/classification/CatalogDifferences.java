package org.gongkai.core.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** What one list of codes changes against another: new codes, renamed codes (same code, new name), withdrawn codes. */
public record CatalogDifferences(List<CatalogEntry> added, List<Rename> renamed, List<CatalogEntry> withdrawn) {

    /** A code kept with another name. */
    public record Rename(String code, String before, String after) {
    }

    public CatalogDifferences {
        added = List.copyOf(added);
        renamed = List.copyOf(renamed);
        withdrawn = List.copyOf(withdrawn);
    }

    public static CatalogDifferences between(Map<String, CatalogEntry> before, Map<String, CatalogEntry> after) {
        List<CatalogEntry> added = new ArrayList<>();
        List<Rename> renamed = new ArrayList<>();
        List<CatalogEntry> withdrawn = new ArrayList<>();
        for (String code : new TreeSet<>(after.keySet())) {
            CatalogEntry was = before.get(code);
            if (was == null) {
                added.add(after.get(code));
            } else if (!was.name().equals(after.get(code).name())) {
                renamed.add(new Rename(code, was.name(), after.get(code).name()));
            }
        }
        new TreeSet<>(before.keySet()).stream().filter(code -> !after.containsKey(code)).forEach(code -> withdrawn.add(before.get(code)));
        return new CatalogDifferences(added, renamed, withdrawn);
    }

    public boolean isEmpty() {
        return added.isEmpty() && renamed.isEmpty() && withdrawn.isEmpty();
    }

    /** 「新增 3 个、更名 1 个、停用 2 个」, or 「与现行目录相同」. */
    public String summary() {
        return isEmpty() ? "与现行目录相同"
                : "新增 " + added.size() + " 个、更名 " + renamed.size() + " 个、停用 " + withdrawn.size() + " 个";
    }
}
