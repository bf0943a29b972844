package org.gongkai.core.budget;

import java.math.BigDecimal;
import java.util.Objects;
import org.gongkai.core.classification.CodeLevel;
import org.gongkai.core.classification.FunctionCode;

/**
 * One expenditure amount at 项 level: function code × kind × funding source, optionally spending
 * money carried over from earlier years. 类 and 款 figures are always derived, never stored.
 */
public record ExpenditureLine(FunctionCode functionCode, ExpenditureKind kind, FundingSource source,
                              boolean carriedOver, BigDecimal amount) {

    public ExpenditureLine {
        Objects.requireNonNull(functionCode, "functionCode 功能分类科目不能为空");
        Objects.requireNonNull(kind, "kind 支出类型不能为空");
        Objects.requireNonNull(source, "source 资金来源不能为空");
        amount = Money.normalize(Objects.requireNonNull(amount, "amount 金额不能为空"), "amount");
        if (source.group() != FundingSource.Group.UNIT_FUNDS
                && kind != ExpenditureKind.BASIC && kind != ExpenditureKind.PROJECT) {
            throw new IllegalArgumentException("kind 财政拨款和财政专户资金只能安排基本支出或项目支出，实际为 " + kind);
        }
        if (functionCode.level() != CodeLevel.ITEM) {
            throw new IllegalArgumentException("functionCode 支出应列到项级（7位）科目，实际为 "
                    + functionCode.level().chinese() + "级科目 " + functionCode);
        }
    }

    public ExpenditureLine(FunctionCode functionCode, ExpenditureKind kind, FundingSource source, BigDecimal amount) {
        this(functionCode, kind, source, false, amount);
    }
}
