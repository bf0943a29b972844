package org.gongkai.io.importing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reading published cell texts: amounts with thousands separators and full-width digits, codes, blanks. */
final class Cells {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?|-?\\d+(\\.\\d+)?");
    private static final Pattern DASHES = Pattern.compile("[-—–－―‐…·]+|/|无");
    private static final Pattern WRAP = Pattern.compile(
            "(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’])\\s+(?=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF“”‘’])");
    private static final Pattern CODE = Pattern.compile("\\d{3,9}");

    private Cells() {
    }

    static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).strip();
    }

    static boolean isBlank(String text) {
        String t = fold(text);
        return t.isEmpty() || DASHES.matcher(t).matches();
    }

    static Optional<BigDecimal> amount(String text) {
        String t = fold(text).replace(" ", "");
        return NUMBER.matcher(t).matches() ? Optional.of(new BigDecimal(t.replace(",", ""))) : Optional.empty();
    }

    static boolean isCode(String text) {
        return CODE.matcher(fold(text)).matches();
    }

    static boolean isInteger(String text) {
        return fold(text).matches("\\d{1,4}");
    }

    /** Text of a wrapped cell: line-break and column-wrap spaces between Chinese characters removed. */
    static String joined(String text) {
        String t = text == null ? "" : text.strip();
        return WRAP.matcher(t).replaceAll("").replaceAll("\\s+", " ");
    }
}
