package org.gongkai.core.rules.perf;

import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.performance.IndicatorKinds;
import org.gongkai.core.performance.IndicatorValue;
import org.gongkai.core.rules.Severity;

/**
 * R-PERF-17: the comparison of a value says what its indicator says. Judged only where the sense is unambiguous: a cap
 * in the indicator's words (「不超过」「控制在」) written as a floor (≥), a floor (「不少于」「不低于」) written as a cap (≤), a
 * rate of something to avoid (差错率, 投诉率, 事故发生率) written as a floor, a reduction of something to avoid (能耗降低率,
 * 成本下降率) written as a cap.
 */
public final class BoundFitsWording extends IndicatorRule {

    private static final Pattern CAP_WORDS = Pattern.compile("不超过|不高于|不多于|控制在");
    private static final Pattern FLOOR_WORDS = Pattern.compile("不少于|不低于|至少");
    private static final Pattern BAD_RATE = Pattern.compile(
            "(发生率|差错率|出错率|故障率|投诉率|事故率|违规率|违纪率|失误率|破损率|损失率|超支率|误差率|不合格率|返工率|空置率)$");
    private static final Pattern REDUCTION = Pattern.compile("(降低率|下降率|减少率|压减率|降幅)$");
    private static final Pattern BAD_THING = Pattern.compile("能耗|成本|费用|支出|排放|污染|浓度|发病|死亡|差错|故障|投诉|事故|违规|损失");

    public BoundFitsWording() {
        super("R-PERF-17", Severity.ERROR, "指标值的 ≥、≤ 与指标含义一致：“不超过”“控制在”及差错率、投诉率等应使用 ≤；“不少于”“不低于”及能耗降低率等应使用 ≥",
                "指标「会议天数不超过」值“≥3天”把上限写成了下限，应为“≤3天”");
    }

    @Override
    Optional<String> problem(Project project, Indicator indicator, IndicatorValue value) {
        String name = IndicatorKinds.name(indicator) == null ? "" : IndicatorKinds.name(indicator).strip();
        if (value.isQualitative() || !(value.atLeast() || value.atMost())) {
            return Optional.empty();
        }
        // A share against a condition (「电气水暖维修不超过24小时」 ≥100%, 「专项支出控制在预算范围之内」 ≥95%) is the share of
        // cases that meet it: a floor, whatever the condition's own words.
        boolean share = value.hasUnit() && value.unit().contains("%");
        boolean wantsAtMost = !share && CAP_WORDS.matcher(name).find() && !FLOOR_WORDS.matcher(name).find() || BAD_RATE.matcher(name).find();
        boolean wantsAtLeast = !share && FLOOR_WORDS.matcher(name).find() && !CAP_WORDS.matcher(name).find()
                || REDUCTION.matcher(name).find() && BAD_THING.matcher(name).find();
        String shown = value.digits() + (value.hasUnit() ? value.unit() : "");
        if (wantsAtMost && value.atLeast()) {
            return Optional.of("“" + name + "”是上限，指标值“" + indicator.value() + "”却写成下限，应为“≤" + shown + "”");
        }
        if (wantsAtLeast && value.atMost()) {
            return Optional.of("“" + name + "”是下限，指标值“" + indicator.value() + "”却写成上限，应为“≥" + shown + "”");
        }
        return Optional.empty();
    }
}
