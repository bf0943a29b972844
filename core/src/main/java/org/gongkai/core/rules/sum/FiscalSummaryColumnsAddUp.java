package org.gongkai.core.rules.sum;

import java.util.List;
import org.gongkai.core.tables.StandardTable;

/** R-BAL-07: in 财政拨款收支总表 every expenditure row's 合计 = the sum of its three appropriation columns. */
public final class FiscalSummaryColumnsAddUp extends RowAddsUp {

    public FiscalSummaryColumnsAddUp() {
        super("R-BAL-07", "财政拨款收支总表每行支出：合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算财政拨款",
                "支出合计 为 8309.97，但 一般公共预算财政拨款 + … = 8300.00（相差 9.97）",
                List.of(StandardTable.FISCAL_SUMMARY), "支出合计", "一般公共预算财政拨款", "政府性基金预算财政拨款",
                "国有资本经营预算财政拨款");
    }
}
