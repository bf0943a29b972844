package org.gongkai.core.rules.xt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/** R-XT-02: 收入总表 and 支出总表 list the same codes with the same 合计, and their totals agree. */
public final class IncomeTableMatchesExpenditureTable extends BaseRule {

    public IncomeTableMatchesExpenditureTable() {
        super("R-XT-02", Severity.ERROR, "收入总表与支出总表：合计及每个科目的合计数一致",
                "收入总表 2010350 合计为 3021.79，但支出总表为 3020.79");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        List<Finding> findings = new ArrayList<>();
        disclosure.table(StandardTable.INCOME).ifPresent(income -> disclosure.table(StandardTable.EXPENDITURE)
                .ifPresent(expenditure -> compare(income, expenditure, findings)));
        return findings;
    }

    private void compare(StatementTable income, StatementTable expenditure, List<Finding> findings) {
        Map<String, TableRow> incomeRows = TableComparison.byCode(income);
        Map<String, TableRow> expenditureRows = TableComparison.byCode(expenditure);
        incomeRows.forEach((code, row) -> {
            TableRow other = expenditureRows.get(code);
            if (other == null) {
                findings.add(finding(Locations.row(income, row), "收入总表列有 " + code + "，支出总表中没有该科目"));
            } else if (!same(TableQueries.amount(income, row, "合计"), TableQueries.amount(expenditure, other, "合计"))) {
                findings.add(finding(Locations.cell(income, row, income.columnIndex("合计")), "收入总表 " + code + " 合计为 "
                        + money(TableQueries.amount(income, row, "合计")) + "，但支出总表为 "
                        + money(TableQueries.amount(expenditure, other, "合计"))));
            }
        });
        expenditureRows.keySet().stream().filter(code -> !incomeRows.containsKey(code)).forEach(code ->
                findings.add(finding(Locations.row(expenditure, expenditureRows.get(code)),
                        "支出总表列有 " + code + "，收入总表中没有该科目")));
    }
}
