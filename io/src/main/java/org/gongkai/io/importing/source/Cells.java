package org.gongkai.io.importing.source;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading published cell texts: amounts with thousands separators and full-width digits, codes, blanks. */
public final class Cells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?|-?\\d+(\\.\\d+)?");
    private static final Pattern DASHES = Pattern.compile("[-—–－―‐…·]+|/|无");
    private static final Pattern WRAP = Pattern.compile(
            "(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’])\\s+(?=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’])");
    private static final Pattern CODE = Pattern.compile("\\d{3,9}");
    /** The first cell of a row that numbers columns or lines, or the header of a column that numbers rows. */
    private static final Pattern NUMBERING_LABEL = Pattern.compile("栏次|档次|栏目|行次|序号|栏号|行号");
    /** The letters a 栏次 row gives the text columns (甲 乙 丙 …) before it numbers the amount columns. */
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    /** 「**」 printed where a 栏次 row has nothing to number (the code and name columns). */
    private static final Pattern PLACEHOLDER = Pattern.compile("[*＊]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,3}");

    private Cells() {
    }

    public static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
    }

    public static boolean isBlank(String text) {
        String t = fold(text);
        return t.isEmpty() || DASHES.matcher(t).matches();
    }

    public static Optional<BigDecimal> amount(String text) {
        String t = fold(text).replace(" ", "");
        return NUMBER.matcher(t).matches() ? Optional.of(new BigDecimal(t.replace(",", ""))) : Optional.empty();
    }

    public static boolean isCode(String text) {
        return CODE.matcher(fold(text)).matches();
    }

    /**
     * A row numbering the columns under a header (the 栏次 row), never data: its first cell says so (栏次, 行次 …), or
     * every filled cell is a column's number — 1, 2, 3 … consecutive from 1, after any lettered text columns (甲 乙)
     * and any 栏次 label.
     */
    public static boolean isColumnNumbering(java.util.List<String> row) {
        if (row.isEmpty()) {
            return false;
        }
        String first = SPACES.matcher(fold(row.get(0))).replaceAll("");
        if (NUMBERING_LABEL.matcher(first).matches() && !first.contains("序号")) {
            return true;
        }
        int previous = 0;
        for (String cell : row) {
            String t = SPACES.matcher(fold(cell)).replaceAll("");
            if (t.isEmpty() || PLACEHOLDER.matcher(t).matches() || NUMBERING_LABEL.matcher(t).matches() || t.length() == 1 && STEMS.contains(t)) {
                continue;
            }
            if (!SMALL_NUMBER.matcher(t).matches() || Integer.parseInt(t) != previous + 1) {
                return false;
            }
            previous++;
        }
        return previous >= 2;
    }

    /** A header that names a column numbering the rows (序号, 行次), not a column of figures or names. */
    public static boolean isNumberingHeader(String text) {
        return NUMBERING_LABEL.matcher(SPACES.matcher(fold(text)).replaceAll("")).matches();
    }

    private static final Pattern CHANGE_LABEL = Pattern.compile(".*(增减|变化|变动|增长|比上年).*");

    /**
     * A header over a change from last year (「增减变化情况」 spanning a copy of the year's columns, 「比上年增减」): its
     * columns are differences, never the year's amounts, whatever the words under it say.
     */
    public static boolean isChangeHeader(String path) {
        return CHANGE_LABEL.matcher(fold(path)).matches();
    }

    public static boolean isInteger(String text) {
        return fold(text).matches("\\d{1,4}");
    }

    /** Text of a wrapped cell: line-break and column-wrap spaces between Chinese characters removed. */
    public static String joined(String text) {
        String t = text == null ? "" : text.strip();
        return WRAP.matcher(t).replaceAll("").replaceAll("\\s+", " ");
    }
}
