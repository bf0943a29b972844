package org.gongkai.core.performance;

import java.util.regex.Pattern;
import org.gongkai.core.budget.Indicator;

/** What an indicator measures, read from its levels and name. */
public final class IndicatorKinds {

    /** Rates where more is better: they must be bounded from below (≥) or fixed (=). */
    private static final Pattern GOOD_RATE = Pattern.compile(
            "(完成率|合格率|达标率|及时率|覆盖率|知晓率|满意率|执行率|完好率|运转率|履约率|签约率|准确率|使用率|利用率|到位率|保障率|参与率|支持率|发放率|实现率|开工率|通过率|正确率|匹配度|满意度)");
    private static final Pattern NEGATIVE = Pattern.compile("(差错|故障|投诉|举报|事故|违规|违纪|违反|失误|空岗|破损|淘汰|超支|损失)");

    private IndicatorKinds() {
    }

    /**
     * An indicator withheld as 涉密 (classified): its name or value is printed 「涉密」 and there is nothing to check —
     * a withheld indicator is lawful, not an empty or duplicated one.
     */
    public static boolean isWithheld(Indicator indicator) {
        return isWithheld(indicator.value()) || isWithheld(name(indicator));
    }

    public static boolean isWithheld(String text) {
        return text != null && text.replaceAll("[\\s（）()]", "").matches("涉密|涉密(内容|信息|项目)?不予公开|保密");
    }

    public static String name(Indicator indicator) {
        return indicator.level3() != null ? indicator.level3() : indicator.description();
    }

    public static String text(Indicator indicator) {
        return (indicator.level3() == null ? "" : indicator.level3()) + " " + (indicator.description() == null ? "" : indicator.description());
    }

    public static boolean isSatisfaction(Indicator indicator) {
        return contains(indicator.level1(), "满意度") || contains(indicator.level2(), "满意度") || text(indicator).contains("满意度");
    }

    public static boolean isCost(Indicator indicator) {
        return contains(indicator.level2(), "成本") || contains(indicator.level1(), "成本");
    }

    public static boolean isGoodRate(Indicator indicator) {
        return !NEGATIVE.matcher(text(indicator)).find() && GOOD_RATE.matcher(name(indicator) == null ? "" : name(indicator)).find();
    }

    public static boolean isNegativeMeasure(Indicator indicator) {
        return NEGATIVE.matcher(text(indicator)).find();
    }

    private static boolean contains(String text, String word) {
        return text != null && text.contains(word);
    }
}
