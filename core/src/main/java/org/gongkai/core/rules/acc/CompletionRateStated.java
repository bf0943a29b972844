package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;

/**
 * A completion rate the text states (「完成年初预算的95.89%」) is the 决算数 it states over the budget it names: 年初预算
 * for 「完成年初预算」, 全年（调整）预算 for 「完成全年预算」, and whichever is stated otherwise. Against a budget of 0 no rate
 * exists.
 */
public final class CompletionRateStated extends AccountsRule {

    private static final Pattern RATE = Pattern.compile("完成(年初|全年|调整后?)?预算(?:数)?的?" + Sentences.PERCENT);

    public CompletionRateStated() {
        super("R-ACC-07", Severity.ERROR,
                "说明中的预算完成率＝所述决算数÷所述（年初或全年）预算数；所述预算数为0时不得给出完成率",
                "说明「…年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%」年初预算为 0 万元，不能计算完成年初预算的比例（307.82÷321.02＝95.89% 是完成全年预算的比例）");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        for (Sentences.Sentence sentence : Sentences.of(disclosure)) {
            Matcher rate = RATE.matcher(sentence.text());
            if (!rate.find()) {
                continue;
            }
            String before = sentence.text().substring(0, rate.start());
            Optional<BigDecimal> actual = Sentences.amountAfter(before, "决算(?:数)?");
            Optional<BigDecimal> initial = Sentences.amountAfter(before, "年初预算(?:数)?");
            Optional<BigDecimal> full = Sentences.amountAfter(before, "(?:全年|调整后?)预算(?:数)?");
            String named = rate.group(1);
            boolean ofInitial = "年初".equals(named) || (named == null && full.isEmpty());
            Optional<BigDecimal> base = ofInitial ? initial : full;
            BigDecimal stated = new BigDecimal(rate.group(2));
            if (actual.isEmpty() || base.isEmpty()) {
                continue;
            }
            String baseName = ofInitial ? "年初预算" : "全年预算";
            if (base.get().signum() == 0) {
                String hint = !ofInitial || full.isEmpty() || full.get().signum() == 0 ? ""
                        : "（" + money(actual.get()) + "÷" + money(full.get()) + "＝" + percent(actual.get(), full.get(), stated)
                        + "% 是完成全年预算的比例）";
                findings.add(finding(sentence.where(), baseName + "为 0 万元，不能计算完成" + baseName + "的比例" + hint));
                continue;
            }
            BigDecimal expected = percent(actual.get(), base.get(), stated);
            if (expected.subtract(stated).abs().compareTo(BigDecimal.ONE.movePointLeft(Math.max(0, stated.scale()))) > 0) {
                findings.add(finding(sentence.where(), "完成" + baseName + "的比例应为 " + money(actual.get()) + "÷" + money(base.get())
                        + "＝" + expected.toPlainString() + "%，说明为 " + stated.toPlainString() + "%"));
            }
        }
        return findings;
    }

    private static BigDecimal percent(BigDecimal actual, BigDecimal base, BigDecimal stated) {
        return actual.multiply(BigDecimal.valueOf(100)).divide(base, Math.max(0, stated.scale()), RoundingMode.HALF_UP);
    }
}
