package org.gongkai.io.template;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.budget.Money;

/**
 * What a department types in a template cell, read the way people write it: amounts in 万元 with or without 「万」,
 * thousands separators and full-width digits; codes with or without their names. A text that is not what its column
 * holds is refused with what is wrong and what was expected; the caller adds where.
 */
final class CellValues {

    /** Sign, digits (grouped by thousands or not), and the unit a column may carry. */
    private static final Pattern NUMBER = Pattern.compile("([-+]?)(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)(万元|万|%)?");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private CellValues() {
    }

    /** Full-width digits, commas, points and spaces (「１２０」, 「１，２００」, 「　」) as their ASCII forms, ends stripped. */
    static String fold(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }

    /** The largest count a COUNT cell is read as: far beyond any department's vehicles or persons. */
    private static final BigDecimal MAX_COUNT = BigDecimal.valueOf(Integer.MAX_VALUE);

    /** The number in a cell of a MONEY, VALUE, NUMBER, COUNT or PERCENT column; null when the cell is blank. */
    static BigDecimal number(String text, ColumnInput input) {
        String folded = fold(text);
        if (folded.isEmpty()) {
            return null;
        }
        Matcher m = NUMBER.matcher(folded);
        String typed = "“" + text.strip() + "”";
        if (!m.matches() || !unitAllowed(m.group(3), input)) {
            throw new IllegalArgumentException(typed + "不是" + noun(input) + "，应填写" + expected(input));
        }
        BigDecimal value = new BigDecimal(m.group(2).replace(",", ""));
        if (m.group(1).equals("-") && value.signum() != 0) {
            throw new IllegalArgumentException(typed + "是负数，应填写不小于 0 的" + expected(input));
        }
        if (input == ColumnInput.MONEY) {
            int decimals = value.stripTrailingZeros().scale();
            if (decimals > Money.MAX_DECIMALS) {
                throw new IllegalArgumentException(typed + "有 " + decimals + " 位小数，应最多 " + Money.MAX_DECIMALS
                        + " 位小数（单位：万元，" + Money.MAX_DECIMALS + " 位小数即精确到分）");
            }
            return Money.normalize(value, "金额");
        }
        if (input == ColumnInput.COUNT && value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(typed + "不是" + noun(input) + "，应填写" + expected(input));
        }
        if (input == ColumnInput.COUNT && value.compareTo(MAX_COUNT) > 0) {
            throw new IllegalArgumentException(typed + "太大，应填写实际的个数（整数）");
        }
        return value;
    }

    /** The code of a code cell: 「2010101 行政运行」, 「2010101」 and 「2010101　行政运行」 all give 2010101; null when blank. */
    static String code(String text) {
        String folded = fold(text);
        return folded.isEmpty() ? null : SPACE.split(folded, 2)[0];
    }

    /** How a code is offered in a drop-down and written in a code cell, read back by {@link #code}. */
    static String codeWithName(String code, String name) {
        return code + " " + name;
    }

    /** What an amount column expects, as the prompts and messages say it. */
    static String expected(ColumnInput input) {
        return switch (input) {
            case MONEY -> "数字（单位：万元，最多 " + Money.MAX_DECIMALS + " 位小数）";
            case VALUE -> "数字（单位：万元）";
            case PERCENT -> "数字（30 表示 30%）";
            case COUNT -> "整数";
            default -> "数字";
        };
    }

    private static String noun(ColumnInput input) {
        return switch (input) {
            case MONEY, VALUE -> "金额";
            case PERCENT -> "百分比";
            case COUNT -> "整数";
            default -> "数字";
        };
    }

    private static boolean unitAllowed(String unit, ColumnInput input) {
        if (unit == null) {
            return true;
        }
        return unit.equals("%") ? input == ColumnInput.PERCENT : input == ColumnInput.MONEY || input == ColumnInput.VALUE;
    }
}
