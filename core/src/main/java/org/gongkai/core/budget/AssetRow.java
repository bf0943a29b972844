package org.gongkai.core.budget;

/**
 * One row of the fixed-asset table (资产构成情况表 / 固定资产占用情况表), as labelled in the source.
 * Quantity and value may be blank ("---").
 */
public record AssetRow(String category, java.math.BigDecimal quantity, java.math.BigDecimal value) {

    public AssetRow {
        category = Text.required(category, "category");
        if (quantity != null && quantity.signum() < 0) {
            throw new IllegalArgumentException("quantity 数量不能为负数：" + quantity.toPlainString());
        }
        value = Money.normalizeAtLeastTwoDecimals(value, "value");
    }
}
