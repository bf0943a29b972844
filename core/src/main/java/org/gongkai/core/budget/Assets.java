package org.gongkai.core.budget;

import java.math.BigDecimal;
import java.util.List;

/** 国有资产信息: the fixed assets at the end of last year and the purchases planned this year. */
public record Assets(String asOf, BigDecimal total, BigDecimal plannedPurchases, List<AssetRow> rows) {

    public Assets {
        asOf = Text.optional(asOf);
        total = Money.normalizeAtLeastTwoDecimals(total, "total");
        plannedPurchases = Money.normalizeAtLeastTwoDecimals(plannedPurchases, "plannedPurchases");
        rows = Text.list(rows);
    }
}
