package org.gongkai.core.tables;

/** 一 … 九十九, for the "一、" row labels of the summary tables. */
final class ChineseNumerals {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("只支持 1–99：" + n);
        }
        int tens = n / 10;
        int ones = n % 10;
        String tensPart = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
        String onesPart = ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones));
        return tensPart + onesPart;
    }

    static String label(int n, String text) {
        return of(n) + "、" + text;
    }
}
