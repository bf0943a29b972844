package org.gongkai.core.rules.sum;

import java.util.List;
import org.gongkai.core.tables.StandardTable;

/** R-SUM-05: in the appropriation tables (5, 7, 8) every row's 合计 = 基本支出 + 项目支出. */
public final class AppropriationRowAddsUp extends RowAddsUp {

    public AppropriationRowAddsUp() {
        super("R-SUM-05", "财政拨款支出表（表5、表7、表8）每行：合计 = 基本支出 + 项目支出",
                "合计 为 308.00，但 基本支出 + 项目支出 = 300.00（相差 8.00）",
                List.of(StandardTable.GENERAL_PUBLIC_EXPENDITURE, StandardTable.GOVERNMENT_FUND_EXPENDITURE,
                        StandardTable.STATE_CAPITAL_EXPENDITURE), "合计", "基本支出", "项目支出");
    }
}
