package org.gongkai.core.classification;

import java.util.Optional;
import java.util.regex.Pattern;

/** A 部门支出经济分类科目 code: 3 digits (类) or 5 (款). */
public record EconomicCode(String value) implements Comparable<EconomicCode> {

    private static final Pattern SHAPE = Pattern.compile("\\d{3}|\\d{5}");

    public EconomicCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("经济分类科目编码应为3位（类）或5位（款）数字，实际为 \"" + value + "\"");
        }
    }

    public static EconomicCode of(String value) {
        return new EconomicCode(value);
    }

    public CodeLevel level() {
        return value.length() == 3 ? CodeLevel.CLASS : CodeLevel.SECTION;
    }

    public Optional<EconomicCode> parent() {
        return value.length() == 3 ? Optional.empty() : Optional.of(new EconomicCode(value.substring(0, 3)));
    }

    @Override
    public int compareTo(EconomicCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
