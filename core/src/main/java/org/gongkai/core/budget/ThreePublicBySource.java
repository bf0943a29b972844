package org.gongkai.core.budget;

import java.util.Objects;

/** This year's "三公" 经费 paid from one fiscal source (a column of table 9). */
public record ThreePublicBySource(FundingSource source, ThreePublicAmounts amounts) {

    public ThreePublicBySource {
        Objects.requireNonNull(source, "source 资金来源不能为空");
        Objects.requireNonNull(amounts, "amounts 金额不能为空");
        if (!source.isFiscalAppropriation()) {
            throw new IllegalArgumentException("source “三公”经费表只列财政拨款（一般公共预算、政府性基金、国有资本经营），实际为 " + source);
        }
    }
}
