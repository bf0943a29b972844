package org.gongkai.core.budget;

import java.util.List;

/** Small guards for text and list fields of the model. */
final class Text {

    private Text() {
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " 不能为空");
        }
        return value.strip();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> List<T> list(List<T> values) {
        if (values == null) {
            return List.of();
        }
        if (values.contains(null)) {
            throw new IllegalArgumentException("列表中不能有空元素 (null)");
        }
        return List.copyOf(values);
    }
}
