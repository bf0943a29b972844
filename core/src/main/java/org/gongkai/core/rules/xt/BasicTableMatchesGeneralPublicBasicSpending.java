package org.gongkai.core.rules.xt;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;

/** R-XT-05: the basic expenditure table's 合计 equals 一般公共预算财政拨款支出表's 基本支出. */
public final class BasicTableMatchesGeneralPublicBasicSpending extends BaseRule {

    public BasicTableMatchesGeneralPublicBasicSpending() {
        super("R-XT-05", Severity.ERROR, "一般公共预算财政拨款基本支出表合计 = 一般公共预算财政拨款支出表基本支出合计",
                "基本支出表合计为 3611.85，但表5基本支出合计为 3600.00");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        return disclosure.table(StandardTable.GENERAL_PUBLIC_BASIC).flatMap(basic -> disclosure
                .table(StandardTable.GENERAL_PUBLIC_EXPENDITURE).map(general -> {
                    BigDecimal stated = TableComparison.totalOf(basic, "合计");
                    BigDecimal other = TableComparison.totalOf(general, "基本支出");
                    if (same(stated, other)) {
                        return List.<Finding>of();
                    }
                    String where = TableQueries.totalRow(basic).map(r -> Locations.cell(basic, r, basic.columnIndex("合计")))
                            .orElse(Locations.table(basic));
                    return List.of(finding(where, "基本支出表合计为 " + money(stated) + "，但表5基本支出合计为 " + money(other)));
                })).orElse(List.of());
    }
}
