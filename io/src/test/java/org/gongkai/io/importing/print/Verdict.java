package org.gongkai.io.importing.print;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A read headline judged against the model's: each field is equal, not read (null), or confidently wrong — a value
 * that is not the model's. Only the last is a failure: saying what could not be read is allowed, a different number
 * never is.
 */
public record Verdict(List<String> wrong, List<String> unread) {

    public static final List<String> FIELDS = fields();

    private static List<String> fields() {
        List<String> fields = new ArrayList<>(List.of("department", "year"));
        fields.addAll(Headline.FIGURES);
        return List.copyOf(fields);
    }

    public static Verdict of(Headline expected, Headline read) {
        List<String> wrong = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        judge("department", expected.department(), read.department(), Objects::equals, wrong, unread);
        judge("year", expected.year(), read.year(), Objects::equals, wrong, unread);
        for (String field : Headline.FIGURES) {
            judge(field, expected.figures().get(field), read.figures().get(field), (a, b) -> a.compareTo(b) == 0, wrong, unread);
        }
        return new Verdict(wrong, unread);
    }

    private static <T> void judge(String field, T expected, T read, java.util.function.BiPredicate<T, T> same,
                                  List<String> wrong, List<String> unread) {
        if (read == null) {
            unread.add(field);
        } else if (!same.test(expected, read)) {
            wrong.add(field + " " + text(read) + "（应为 " + text(expected) + "）");
        }
    }

    private static String text(Object value) {
        return value instanceof BigDecimal amount ? amount.toPlainString() : String.valueOf(value);
    }

    public boolean confidentlyWrong() {
        return !wrong.isEmpty();
    }
}
