package org.gongkai.server.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;

/**
 * A table of inputs posted as parallel lists ({@code code=…&code=…&amount=…&amount=…}), as rows numbered the way
 * the page shows them. Rows left entirely blank are how a user deletes a line, so they are dropped.
 */
record FormRows(List<Row> rows) {

    record Row(int number, Map<String, String> cells) {

        String get(String column) {
            return cells.getOrDefault(column, "").strip();
        }
    }

    /** The rows of {@code columns}; a row counts when one of its {@code keys} is filled (selects always hold a value). */
    static FormRows of(MultiValueMap<String, String> form, List<String> keys, String... columns) {
        int count = 0;
        for (String column : columns) {
            List<String> values = form.get(column);
            count = Math.max(count, values == null ? 0 : values.size());
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> cells = new LinkedHashMap<>();
            boolean filled = false;
            for (String column : columns) {
                List<String> values = form.get(column);
                String value = values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
                cells.put(column, value);
                filled |= !value.isBlank() && keys.contains(column);
            }
            if (filled) {
                rows.add(new Row(i + 1, cells));
            }
        }
        return new FormRows(rows);
    }
}
