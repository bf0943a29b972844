package org.gongkai.core.budget;

import java.math.BigDecimal;
import java.util.Objects;
import org.gongkai.core.classification.CodeLevel;
import org.gongkai.core.classification.EconomicCode;

/** 一般公共预算 basic expenditure by 经济分类款 (table 6), as 人员经费 or 公用经费. */
public record BasicEconomicLine(EconomicCode economicCode, BasicCostKind kind, BigDecimal amount) {

    public BasicEconomicLine {
        Objects.requireNonNull(economicCode, "economicCode 经济分类科目不能为空");
        Objects.requireNonNull(kind, "kind 人员经费/公用经费不能为空");
        amount = Money.normalize(Objects.requireNonNull(amount, "amount 金额不能为空"), "amount");
        if (economicCode.level() != CodeLevel.SECTION) {
            throw new IllegalArgumentException("economicCode 基本支出应列到款级（5位）经济分类科目，实际为 " + economicCode);
        }
    }
}
