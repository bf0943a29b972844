package org.gongkai.core.rules.sum;

import java.util.List;
import org.gongkai.core.tables.StandardTable;

/** R-SUM-10: in the "三公" table every row's 合计 = the sum of its funding columns. */
public final class ThreePublicSourcesAddUp extends RowAddsUp {

    public ThreePublicSourcesAddUp() {
        super("R-SUM-10", "“三公”经费支出表每行：合计 = 一般公共预算财政拨款 + 政府性基金预算拨款 + 国有资本经营预算拨款",
                "合计 为 374.46，但 一般公共预算财政拨款 + … = 370.00（相差 4.46）",
                List.of(StandardTable.THREE_PUBLIC), "合计", "一般公共预算财政拨款", "政府性基金预算拨款", "国有资本经营预算拨款");
    }
}
