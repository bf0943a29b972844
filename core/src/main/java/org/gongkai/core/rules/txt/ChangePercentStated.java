package org.gongkai.core.rules.txt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.narrative.Sentences;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/**
 * R-TXT-22: a percentage of change agrees with the amounts the same sentence gives, recomputed, in size and direction —
 * 「X万元，与上年相比增加 D万元，增长 P%」 (the base is X − D) and 「YYYY年预算执行数为 B万元，YYYY年预算安排 A万元，比…增加 P%」.
 * The document's own rounding is no error: P may be the computed figure rounded or truncated to the decimals printed,
 * from amounts that are themselves rounded to theirs.
 */
public final class ChangePercentStated extends BaseRule {

    /** An amount in 万元 as explanations print it, thousands separators or not (one group: the number). */
    static final String AMOUNT = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*万元";
    private static final String UP = "增加|增长|上升|增幅";
    private static final String DOWN = "减少|下降|降低|降幅";
    /** 「X万元，与上年相比增加 D万元，增长 P%」. */
    private static final Pattern WITH_CHANGE = Pattern.compile(AMOUNT + "[^。；;%]{0,12}?(?:与上年(?:相比|比较)?|比上年|较上年)[，,]?\\s*(?:[^，,。；;%\\d]{0,12})?("
            + UP + "|" + DOWN + ")了?\\s*" + AMOUNT + "[，,]\\s*(" + UP + "|" + DOWN + ")\\s*(\\d+(?:\\.\\d+)?)\\s*%");
    /** A sentence that states only the change, its amount in the sentence before (「…预算数为 1685.72 万元。与上年相比…」). */
    private static final Pattern CHANGE_ONLY = Pattern.compile("^(?:与上年(?:相比|比较)?|比上年|较上年)");
    /** 「YYYY年…执行数为 B万元，YYYY年预算安排 A万元，比YYYY年…增加 P%」. */
    private static final Pattern TWO_YEARS = Pattern.compile("(\\d{4})\\s*年[^，。；;%\\d]{0,12}?(?:执行数|预算数|预算)为?\\s*" + AMOUNT
            + "[，,]\\s*(\\d{4})\\s*年[^，。；;%\\d]{0,8}?(?:预算安排|预算数|预算)为?\\s*" + AMOUNT + "[，,]\\s*比[^，。；;%]{0,20}?("
            + UP + "|" + DOWN + ")\\s*(\\d+(?:\\.\\d+)?)\\s*%");

    public ChangePercentStated() {
        super("R-TXT-22", Severity.ERROR, "说明中的增减百分比与同一句所述金额一致（大小和方向），允许文件自身的四舍五入或截尾",
                "说明称“增长10.06%”，但按所述金额 24169.74 万元、比上年增加 2214.39 万元计算为 10.09%");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.model().narrative().forEach((section, text) -> {
            String previous = "";
            for (String sentence : Sentences.split(text)) {
                String folded = folded(sentence);
                Optional<String> problem = withChange(folded).or(() -> twoYears(folded));
                if (problem.isEmpty() && CHANGE_ONLY.matcher(folded).find() && !previous.isEmpty()) {
                    String joined = previous + sentence;
                    problem = withChange(folded(previous).replaceAll("[。！？!?]+$", "") + "，" + folded);
                    problem.ifPresent(p -> findings.add(finding(Locations.sentence(section, joined), p)));
                } else {
                    problem.ifPresent(p -> findings.add(finding(Locations.sentence(section, sentence), p)));
                }
                previous = sentence;
            }
        });
        return findings;
    }

    private static String folded(String sentence) {
        return Sentences.figuresJoined(sentence);
    }

    /** The base is the amount less the increase (or plus the decrease). */
    private static Optional<String> withChange(String sentence) {
        Matcher m = WITH_CHANGE.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal amount = number(m.group(1));
        boolean up = m.group(2).matches(UP);
        BigDecimal change = number(m.group(3));
        boolean percentUp = m.group(4).matches(UP);
        String percent = m.group(5);
        if (up != percentUp) {
            return Optional.of("说明先称“" + m.group(2) + "”，又称“" + m.group(4) + percent + "%”，方向矛盾");
        }
        BigDecimal base = up ? amount.subtract(change) : amount.add(change);
        return compare(base, change, amount, change, percent, m.group(4) + percent + "%",
                "所述金额 " + plain(amount) + " 万元、比上年" + m.group(2) + " " + plain(change) + " 万元");
    }

    /** Both years' amounts are given: the change is their difference. */
    private static Optional<String> twoYears(String sentence) {
        Matcher m = TWO_YEARS.matcher(sentence);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal before = number(m.group(2));
        BigDecimal now = number(m.group(4));
        boolean up = m.group(5).matches(UP);
        String percent = m.group(6);
        BigDecimal change = now.subtract(before);
        if (change.signum() != 0 && (change.signum() > 0) != up && new BigDecimal(percent).signum() != 0) {
            return Optional.of("说明称“" + m.group(5) + percent + "%”，但 " + m.group(3) + " 年 " + plain(now) + " 万元比 " + m.group(1)
                    + " 年 " + plain(before) + " 万元" + (change.signum() > 0 ? "增加" : "减少") + "，方向相反");
        }
        return compare(before, change.abs(), now, before, percent, m.group(5) + percent + "%",
                m.group(1) + " 年 " + plain(before) + " 万元、" + m.group(3) + " 年 " + plain(now) + " 万元");
    }

    /**
     * The stated percentage against change / base × 100, with the slack of amounts printed to their decimals (each
     * off by up to half a unit of its last place) and of a percentage rounded or truncated to its own.
     */
    private static Optional<String> compare(BigDecimal base, BigDecimal change, BigDecimal a, BigDecimal b, String percent,
                                            String stated, String from) {
        if (base.signum() <= 0) {
            return Optional.empty();
        }
        BigDecimal slack = half(a).add(half(b));
        BigDecimal low = percentOf(change.subtract(slack).max(BigDecimal.ZERO), base.add(slack));
        BigDecimal high = percentOf(change.add(slack), base.subtract(slack).max(new BigDecimal("0.000001")));
        BigDecimal printed = new BigDecimal(percent);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(0, printed.scale()));
        // Truncated or rounded to the printed decimals, perhaps from the unrounded 元 figures behind the printed 万元 or
        // a base a little off the printed one: one unit of the last printed place and a thousandth of the figure either
        // way are the document's own arithmetic, not an error (10.06% for 10.09% is; 34.38% for 34.36% is not).
        BigDecimal slackPercent = unit.add(high.abs().movePointLeft(3));
        if (printed.compareTo(low.subtract(slackPercent)) >= 0 && printed.compareTo(high.add(slackPercent)) <= 0) {
            return Optional.empty();
        }
        BigDecimal computed = percentOf(change, base).setScale(Math.max(2, printed.scale()), RoundingMode.HALF_UP);
        return Optional.of("说明称“" + stated + "”，但按" + from + "计算为 " + computed.toPlainString() + "%");
    }

    private static BigDecimal percentOf(BigDecimal change, BigDecimal base) {
        return change.multiply(BigDecimal.valueOf(100)).divide(base, MathContext.DECIMAL64);
    }

    private static BigDecimal half(BigDecimal printed) {
        return BigDecimal.ONE.movePointLeft(Math.max(0, printed.scale())).divide(BigDecimal.valueOf(2));
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.replace(",", ""));
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
