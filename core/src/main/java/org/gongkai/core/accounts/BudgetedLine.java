package org.gongkai.core.accounts;

import java.math.BigDecimal;
import java.util.Objects;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Money;
import org.gongkai.core.classification.CodeLevel;
import org.gongkai.core.classification.FunctionCode;

/**
 * What a 项 of one kind and source was budgeted at: 年初预算数 (the figure of the published budget) and, where the
 * document prints it, 调整预算数 (全年预算数: the budget after the year's adjustments). The 决算数 it was executed at is
 * the matching {@link org.gongkai.core.budget.ExpenditureLine} of {@link FinalAccounts#actuals()}.
 */
public record BudgetedLine(FunctionCode functionCode, ExpenditureKind kind, FundingSource source, BigDecimal initial,
                           BigDecimal adjusted) {

    public BudgetedLine {
        Objects.requireNonNull(functionCode, "functionCode 功能分类科目不能为空");
        Objects.requireNonNull(kind, "kind 支出类型不能为空");
        Objects.requireNonNull(source, "source 资金来源不能为空");
        initial = Money.normalize(initial, "initial");
        adjusted = Money.normalize(adjusted, "adjusted");
        if (functionCode.level() != CodeLevel.ITEM) {
            throw new IllegalArgumentException("functionCode 预算数应列到项级（7位）科目，实际为 " + functionCode);
        }
        if (initial == null && adjusted == null) {
            throw new IllegalArgumentException("initial/adjusted 年初预算数和调整预算数至少填一个：" + functionCode);
        }
    }

    /** The budget the line was finally executed against: 调整预算数 where printed, else 年初预算数. */
    public BigDecimal finalBudget() {
        return adjusted != null ? adjusted : initial;
    }
}
