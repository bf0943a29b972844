package org.gongkai.core.performance;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An indicator value as written, read into comparison, number and unit. Tolerates what real documents contain:
 * full-width characters, >= and ≧ variants, LaTeX remnants ({@code $\geq 90\%$}), spaces.
 * A value with no number ("比上年有所提高") is qualitative.
 */
public record IndicatorValue(String written, String comparison, String digits, String unit) {

    private static final Pattern SHAPE = Pattern.compile("^([≥≤><=])?\\s*(\\d+(?:\\.\\d+)?)\\s*(.*)$");

    public static IndicatorValue parse(String written) {
        String text = normalize(written == null ? "" : written);
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            return new IndicatorValue(written, null, null, text);
        }
        return new IndicatorValue(written, m.group(1), m.group(2), m.group(3).strip());
    }

    static String normalize(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace("\\geq", "≥").replace("\\leq", "≤").replace("\\ge", "≥").replace("\\le", "≤")
                .replace("\\%", "%").replace("$", "").replace(">=", "≥").replace("<=", "≤")
                .replace("≧", "≥").replace("≦", "≤").replace("⩾", "≥").replace("⩽", "≤");
        return folded.strip();
    }

    public boolean isQualitative() {
        return digits == null;
    }

    public Optional<BigDecimal> number() {
        return digits == null ? Optional.empty() : Optional.of(new BigDecimal(digits));
    }

    public boolean atMost() {
        return "≤".equals(comparison) || "<".equals(comparison);
    }

    public boolean atLeast() {
        return "≥".equals(comparison) || ">".equals(comparison);
    }

    public boolean hasUnit() {
        return unit != null && !unit.isBlank();
    }

    /** The amount in 万元 when the unit is plainly money (万元 or 元, not 元/月), else empty. */
    public Optional<BigDecimal> inWanYuan() {
        if (digits == null) {
            return Optional.empty();
        }
        return switch (unit) {
            case "万元", "万" -> number();
            case "元" -> number().map(n -> n.movePointLeft(4));
            default -> Optional.empty();
        };
    }
}
