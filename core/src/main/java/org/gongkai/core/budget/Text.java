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
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException("列表第 " + i + " 项为空 (null)");
            }
        }
        return List.copyOf(values);
    }
}
