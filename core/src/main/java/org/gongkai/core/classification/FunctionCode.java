package org.gongkai.core.classification;

import java.util.Optional;
import java.util.regex.Pattern;

/** A 支出功能分类科目 code: 3 digits (类), 5 (款) or 7 (项). */
public record FunctionCode(String value) implements Comparable<FunctionCode> {

    private static final Pattern SHAPE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");

    public FunctionCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("功能分类科目编码应为3位（类）、5位（款）或7位（项）数字，实际为 \"" + value + "\"");
        }
    }

    public static FunctionCode of(String value) {
        return new FunctionCode(value);
    }

    public static boolean isWellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    public CodeLevel level() {
        return switch (value.length()) {
            case 3 -> CodeLevel.CLASS;
            case 5 -> CodeLevel.SECTION;
            default -> CodeLevel.ITEM;
        };
    }

    public Optional<FunctionCode> parent() {
        return value.length() == 3 ? Optional.empty() : Optional.of(new FunctionCode(value.substring(0, value.length() - 2)));
    }

    public FunctionCode classCode() {
        return new FunctionCode(value.substring(0, 3));
    }

    public FunctionCode sectionCode() {
        if (level() == CodeLevel.CLASS) {
            throw new IllegalStateException("类级科目 " + value + " 没有所属的款");
        }
        return new FunctionCode(value.substring(0, 5));
    }

    @Override
    public int compareTo(FunctionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
