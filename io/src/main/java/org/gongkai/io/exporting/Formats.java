package org.gongkai.io.exporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How amounts are shown in the published formats: #,##0.00, and a blank (not 0) where the tables leave blanks. The
 * model keeps up to six decimals of 万元 (the 分 of a 元); a printed amount is rounded half up (四舍五入), as finance
 * bureaus round, never half to even.
 */
final class Formats {

    private Formats() {
    }

    static String amount(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
