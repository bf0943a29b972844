package org.gongkai.core.budget;

import java.math.BigDecimal;
import java.util.Objects;

/** One point of a project's 资金支出计划: a period label ("3月底", "第一季度") and its percentage. */
public record PaymentMilestone(String period, BigDecimal percent) {

    public PaymentMilestone {
        period = Text.required(period, "period");
        Objects.requireNonNull(percent, "percent 百分比不能为空");
        if (percent.signum() < 0) {
            throw new IllegalArgumentException("percent 百分比不能为负数：" + percent.toPlainString());
        }
    }
}
