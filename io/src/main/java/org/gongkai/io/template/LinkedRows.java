package org.gongkai.io.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of a sheet that belong to rows of another (a project's indicators in 绩效, an evaluation's indicators in
 * 自评指标): the first column names the owner by its number in the owner's sheet (from 1), or, left blank, the
 * second names it by its name.
 */
final class LinkedRows<C> {

    private final Map<String, List<C>> byOwner = new LinkedHashMap<>();

    void add(FilledRow row, C child) {
        String owner = row.text(0).isBlank() ? row.text(1).strip() : CellValues.fold(row.text(0));
        byOwner.computeIfAbsent(owner, o -> new ArrayList<>()).add(child);
    }

    /** The rows of the owner that is the {@code number}th of its sheet, by number or else by name. */
    List<C> of(int number, String name) {
        List<C> own = byOwner.remove(String.valueOf(number));
        return own != null ? own : byOwner.getOrDefault(name.strip(), List.of());
    }
}
