package org.gongkai.core.rules.sum;

import java.util.List;
import org.gongkai.core.tables.StandardTable;

/** R-SUM-08: in the basic expenditure table every row's 合计 = 人员经费 + 公用经费. */
public final class BasicRowSplitsIntoPersonnelAndPublic extends RowAddsUp {

    public BasicRowSplitsIntoPersonnelAndPublic() {
        super("R-SUM-08", "一般公共预算财政拨款基本支出表每行：合计 = 人员经费 + 公用经费（基本支出 = 人员经费 + 公用经费）",
                "合计 为 3611.85，但 人员经费 + 公用经费 = 3611.80（相差 0.05）",
                List.of(StandardTable.GENERAL_PUBLIC_BASIC), "合计", "人员经费", "公用经费");
    }
}
