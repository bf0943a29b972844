package org.gongkai.io.inspection.region;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A year-on-year change the explanation states: 「基本支出预算数为15,844.04万元。与上年相比增加1849.73万元，增长13.22%」 —
 * the subject, this year's figure, the change (negative for a decrease) and the rate in percent (null when not stated),
 * with the words quoted for the message.
 */
public record StatedChange(Subject subject, BigDecimal current, BigDecimal change, BigDecimal rate, String quote) {

    /** What a change speaks of, each a figure {@link Figures#of} can give. */
    public enum Subject {
        TOTAL("收支总计"), BASIC("基本支出"), PROJECT("项目支出"), THREE_PUBLIC("“三公”经费"), ABROAD("因公出国（境）费"),
        VEHICLE("公务用车购置及运行费"), VEHICLE_OPERATION("公务用车运行维护费"), RECEPTION("公务接待费");

        private final String chinese;

        Subject(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    /**
     * The subject and its figure, then within a few characters (the next sentence may start 「与上年相比」) the comparison
     * with last year, its direction, amount and, optionally, its rate.
     */
    private static final Pattern CHANGE = Pattern.compile("([^。；;]{0,40}?)" + NUMBER + "万元[。，,]?(?:[^。；;\\d]{0,6}?)"
            + "(?:与上年(?:预算)?相比|比上年(?:预算)?|较上年(?:预算)?)[^\\d。；;]{0,8}?(增加|减少|增长|下降)了?" + NUMBER + "万元"
            + "(?:[，,]?(?:增长|减少|下降|增幅|降幅|增加|上升)了?" + NUMBER + "%)?");

    /** Every change of a text, with the subject each names; a change whose subject is not one of ours is left out. */
    public static List<StatedChange> in(String text) {
        List<StatedChange> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String plain = text.replaceAll("[\\s\u3000]", "").replace('，', '，').replace('％', '%');
        Matcher m = CHANGE.matcher(plain);
        while (m.find()) {
            Subject subject = subject(m.group(1));
            if (subject == null) {
                continue;
            }
            BigDecimal change = amount(m.group(4));
            if (m.group(3).equals("减少") || m.group(3).equals("下降")) {
                change = change.negate();
            }
            found.add(new StatedChange(subject, amount(m.group(2)), change, m.group(5) == null ? null : amount(m.group(5)),
                    m.group().length() > 120 ? m.group().substring(0, 120) + "…" : m.group()));
        }
        return found;
    }

    /** The subject the words before the figure name; a source-specific figure (财政拨款, 一般公共预算 …) is not ours. */
    static Subject subject(String words) {
        String w = words.replaceAll("[“”\"']", "");
        if (w.matches(".*(财政拨款|一般公共预算|政府性基金|国有资本|事业收入|其他收入|其他资金|会议费|培训费|机关运行).*")) {
            return null;
        }
        if (w.contains("公务用车运行维护费") || w.contains("公务用车运行费")) {
            return Subject.VEHICLE_OPERATION;
        }
        if (w.contains("公务用车购置及运行")) {
            return Subject.VEHICLE;
        }
        if (w.contains("因公出国")) {
            return Subject.ABROAD;
        }
        if (w.contains("公务接待")) {
            return Subject.RECEPTION;
        }
        if (w.contains("三公经费") && !w.contains("其中")) {
            return Subject.THREE_PUBLIC;
        }
        if (w.contains("基本支出")) {
            return Subject.BASIC;
        }
        if (w.contains("项目支出")) {
            return Subject.PROJECT;
        }
        return w.contains("预算总计") || w.contains("收支总计") ? Subject.TOTAL : null;
    }

    private static BigDecimal amount(String text) {
        return new BigDecimal(text.replace(",", ""));
    }
}
