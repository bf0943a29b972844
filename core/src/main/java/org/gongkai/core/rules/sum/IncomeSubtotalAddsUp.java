package org.gongkai.core.rules.sum;

import java.util.List;
import org.gongkai.core.tables.StandardTable;

/** R-SUM-07: in 收入总表 every row's 本年收入小计 = the sum of its income-type columns. */
public final class IncomeSubtotalAddsUp extends RowAddsUp {

    public IncomeSubtotalAddsUp() {
        super("R-SUM-07", "部门预算收入总表每行：小计 = 财政拨款收入 + 财政专户收入 + 事业收入 + 经营收入 + 上级补助收入 + 附属单位上缴收入 + 其他收入",
                "小计 为 100.00，但 财政拨款收入 + … + 其他收入 = 90.00（相差 10.00）",
                List.of(StandardTable.INCOME), "小计", "财政拨款收入", "财政专户收入", "事业收入", "经营收入",
                "上级补助收入", "附属单位上缴收入", "其他收入");
    }
}
