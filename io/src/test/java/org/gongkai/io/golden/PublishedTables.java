package org.gongkai.io.golden;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nine tables as printed in a tab-separated text rendering of a published disclosure: for each table
 * number, its body rows by 序号 (the cells after the 序号) and its note. Header and page-repeat lines are
 * skipped, so tables continued across pages come out whole. A test-side reader only: the importer issue
 * builds the real one.
 */
final class PublishedTables {

    private static final Pattern TITLE = Pattern.compile("^([1-9])、(部门预算.*表)\\s*$");

    private final Map<Integer, Map<Integer, List<String>>> rows = new LinkedHashMap<>();
    private final Map<Integer, String> notes = new LinkedHashMap<>();

    static PublishedTables read(String text) {
        PublishedTables tables = new PublishedTables();
        Integer current = null;
        for (String line : text.split("\\R")) {
            Matcher title = TITLE.matcher(line);
            if (title.matches()) {
                current = Integer.valueOf(title.group(1));
                tables.rows.put(current, new LinkedHashMap<>());
            } else if (line.startsWith("二、")) {
                current = null;
            } else if (current != null) {
                tables.take(current, line);
            }
        }
        return tables;
    }

    private void take(int table, String line) {
        if (line.startsWith("注：")) {
            notes.put(table, line.strip());
            return;
        }
        List<String> cells = new ArrayList<>(Arrays.asList(line.split("\t", -1)));
        if (cells.size() > 1 && cells.get(0).strip().matches("\\d+")) {
            int seq = Integer.parseInt(cells.remove(0).strip());
            rows.get(table).put(seq, cells);
        }
    }

    Map<Integer, List<String>> rows(int table) {
        return rows.getOrDefault(table, Map.of());
    }

    String note(int table) {
        return notes.get(table);
    }

    boolean has(int table) {
        return rows.containsKey(table);
    }
}
