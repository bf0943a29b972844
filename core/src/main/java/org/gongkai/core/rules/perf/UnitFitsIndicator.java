package org.gongkai.core.rules.perf;

import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.performance.IndicatorKinds;
import org.gongkai.core.performance.IndicatorValue;
import org.gongkai.core.rules.Severity;

/**
 * R-PERF-16: an indicator's unit is one the indicator can have. A value with two units (「≥95%天」), a duration (完成时限, 天数)
 * written as a percentage (a 及时率 given in hours names a 响应时间 loosely and is left alone), or a count (人数, 次数) written as a percentage
 * was copied from another indicator's line without its unit being changed.
 */
public final class UnitFitsIndicator extends IndicatorRule {

    private static final String COUNTED = "个?工作日|天|日|小时|分钟|周|个?月|次|人次|人|个|件|项|户|家|场|万元|元";
    private static final Pattern TWO_UNITS = Pattern.compile("^(?:%\\s*(?:" + COUNTED + ")|(?:" + COUNTED + ")\\s*%)$");
    private static final Pattern DURATION_NAME = Pattern.compile("(时限|时长|天数|用时|期限)$");
    private static final Pattern COUNT_NAME = Pattern.compile("(数量|人数|次数|个数|户数|家数|场次|件数)$");

    public UnitFitsIndicator() {
        super("R-PERF-16", Severity.ERROR, "指标值的计量单位与指标相符：不得同时带两个单位（“≥95%天”），时限、天数不以 % 计，数量不以 % 计",
                "指标值“≥95%天”同时带“%”和“天”两个单位");
    }

    @Override
    Optional<String> problem(Project project, Indicator indicator, IndicatorValue value) {
        if (value.isQualitative() || !value.hasUnit()) {
            return Optional.empty();
        }
        String unit = value.unit().replaceAll("[()（）\\s]", "");
        String name = IndicatorKinds.name(indicator) == null ? "" : IndicatorKinds.name(indicator).strip();
        if (TWO_UNITS.matcher(unit).matches()) {
            return Optional.of("指标值“" + indicator.value() + "”同时带两个计量单位“" + unit + "”，应只保留与指标相符的一个");
        }
        if (unit.equals("%") && DURATION_NAME.matcher(name).find()) {
            return Optional.of("“" + name + "”是时长，指标值“" + indicator.value() + "”却以 % 计，应写作天、小时等时间单位");
        }
        if (unit.equals("%") && COUNT_NAME.matcher(name).find()) {
            return Optional.of("“" + name + "”是数量，指标值“" + indicator.value() + "”却以 % 计，应写作人、次、个等计数单位");
        }
        return Optional.empty();
    }
}
