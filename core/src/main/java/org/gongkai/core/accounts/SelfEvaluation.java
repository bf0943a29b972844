package org.gongkai.core.accounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.gongkai.core.budget.Money;

/**
 * A performance self-evaluation (绩效自评) of a project or of the department as a whole: the money it was given and
 * spent, its score out of 100 and grade, and its indicators' targets against what was achieved.
 */
public record SelfEvaluation(String subject, boolean wholeDepartment, BigDecimal budget, BigDecimal spent, BigDecimal score,
                             String grade, List<Result> results) {

    /** One indicator: its target (年度指标值) and what was achieved (实际完成值), as printed. */
    public record Result(String indicator, String target, String achieved) {
        public Result {
            indicator = Objects.requireNonNull(indicator, "indicator 指标名称不能为空").strip();
        }
    }

    public SelfEvaluation {
        subject = Objects.requireNonNull(subject, "subject 自评对象不能为空").strip();
        if (subject.isEmpty()) {
            throw new IllegalArgumentException("subject 自评对象不能为空");
        }
        budget = Money.normalize(budget, "budget");
        spent = Money.normalize(spent, "spent");
        if (score != null && (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("score 自评得分应在 0–100 之间，实际为 " + score.toPlainString());
        }
        results = results == null ? List.of() : List.copyOf(results);
    }

    /** 预算执行率: spent over budget, in percent to two decimals; null without a budget. */
    public BigDecimal executionRate() {
        if (budget == null || budget.signum() == 0 || spent == null) {
            return null;
        }
        return spent.multiply(BigDecimal.valueOf(100)).divide(budget, 2, java.math.RoundingMode.HALF_UP);
    }
}
