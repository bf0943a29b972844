package org.gongkai.core.rules.sum;

import java.util.List;
import org.gongkai.core.tables.StandardTable;

/** R-SUM-06: in 收入总表 every row's 合计 = 本年收入小计 + 上年结转. */
public final class IncomeRowAddsUp extends RowAddsUp {

    public IncomeRowAddsUp() {
        super("R-SUM-06", "部门预算收入总表每行：合计 = 本年收入小计 + 上年结转",
                "合计 为 8900.03，但 小计 + 上年结转 = 8900.00（相差 0.03）",
                List.of(StandardTable.INCOME), "合计", "小计", "上年结转");
    }
}
