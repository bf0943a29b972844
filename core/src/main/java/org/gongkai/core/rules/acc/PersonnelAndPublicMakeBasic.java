package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * 人员经费合计 and 公用经费合计 of the 基本支出决算表 divide the 基本支出 of the 一般公共预算财政拨款支出决算表: their sum is it.
 */
public final class PersonnelAndPublicMakeBasic extends AccountsRule {

    public PersonnelAndPublicMakeBasic() {
        super("R-ACC-04", Severity.ERROR,
                "基本支出决算表的人员经费合计＋公用经费合计＝一般公共预算财政拨款支出决算表合计行的基本支出",
                "表6 人员经费合计 95.36 ＋ 公用经费合计 10.23 ＝ 105.59，但表5 基本支出合计为 105.58");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        Optional<BasicHalves> basic = disclosure.table(StandardTable.ACCOUNTS_GENERAL_PUBLIC_BASIC).flatMap(BasicHalves::of);
        Optional<StatementTable> spending = disclosure.table(StandardTable.ACCOUNTS_GENERAL_PUBLIC_EXPENDITURE);
        if (basic.isEmpty() || spending.isEmpty()) {
            return List.of();
        }
        Optional<BasicHalves.Line> personnel = basic.get().total("人员经费");
        Optional<BasicHalves.Line> publicFunds = basic.get().total("公用经费");
        Optional<TableRow> total = TableQueries.totalRow(spending.get());
        Optional<Integer> basicColumn = AccountsColumns.index(spending.get(), "basic");
        if (personnel.isEmpty() || publicFunds.isEmpty() || total.isEmpty() || basicColumn.isEmpty()) {
            return List.of();
        }
        BigDecimal sum = personnel.get().amount().add(publicFunds.get().amount());
        BigDecimal basicSpending = total.get().amount(basicColumn.get());
        if (same(sum, basicSpending)) {
            return List.of();
        }
        return List.of(finding(Locations.cell(spending.get(), total.get(), basicColumn.get()),
                Locations.table(basic.get().table()) + "人员经费合计 " + money(personnel.get().amount()) + " ＋ 公用经费合计 "
                        + money(publicFunds.get().amount()) + " ＝ " + money(sum) + "，但基本支出合计为 " + money(basicSpending)
                        + "（相差 " + money(sum.subtract(basicSpending).abs()) + "）"));
    }
}
