package org.gongkai.core.budget;

import java.math.BigDecimal;
import java.util.Objects;

/** One row of 部门政府采购预算. */
public record ProcurementItem(String projectName, BigDecimal projectBudget, String itemName, String catalogCode,
                              String unit, BigDecimal quantity, BigDecimal unitPrice, BigDecimal amount,
                              FundingSource source, BigDecimal smeReserved) {

    public ProcurementItem {
        projectName = Text.optional(projectName);
        projectBudget = Money.normalize(projectBudget, "projectBudget");
        itemName = Text.required(itemName, "itemName");
        catalogCode = Text.optional(catalogCode);
        unit = Text.optional(unit);
        if (quantity != null && quantity.signum() < 0) {
            throw new IllegalArgumentException("quantity 数量不能为负数：" + quantity.toPlainString());
        }
        unitPrice = Money.normalize(unitPrice, "unitPrice");
        amount = Money.normalize(Objects.requireNonNull(amount, "amount 采购金额不能为空"), "amount");
        source = source == null ? FundingSource.GENERAL_PUBLIC_BUDGET : source;
        smeReserved = Money.normalize(smeReserved, "smeReserved");
    }
}
