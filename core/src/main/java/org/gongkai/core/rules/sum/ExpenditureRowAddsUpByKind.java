package org.gongkai.core.rules.sum;

import java.util.List;
import org.gongkai.core.tables.StandardTable;

/** R-SUM-04: in 支出总表 every row's 合计 = 基本支出 + 项目支出 + 经营支出 + 上缴上级支出 + 对附属单位补助支出. */
public final class ExpenditureRowAddsUpByKind extends RowAddsUp {

    public ExpenditureRowAddsUpByKind() {
        super("R-SUM-04", "部门预算支出总表每行：合计 = 基本支出 + 项目支出 + 经营支出 + 上缴上级支出 + 对附属单位补助支出",
                "合计 为 4980.18，但 基本支出 + 项目支出 + … = 4980.00（相差 0.18）",
                List.of(StandardTable.EXPENDITURE), "合计", "基本支出", "项目支出", "经营支出", "上缴上级支出", "对附属单位补助支出");
    }
}
