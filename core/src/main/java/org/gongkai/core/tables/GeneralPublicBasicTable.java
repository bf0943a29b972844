package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.YearCatalog;

/** Table 6, 部门预算一般公共预算财政拨款基本支出表: basic expenditure by 经济分类 as 人员经费 and 公用经费. */
public final class GeneralPublicBasicTable implements TableGenerator {

    private static final String[] AMOUNTS = org.gongkai.core.layout.Layouts.builtIn().table("GENERAL_PUBLIC_BASIC").labels("total", "personnel", "publicFunds");

    private static BigDecimal[] distribute(BasicEconomicLine line) {
        BigDecimal[] amounts = CodeRollup.zeros(AMOUNTS.length);
        amounts[0] = line.amount();
        amounts[line.kind() == BasicCostKind.PERSONNEL ? 1 : 2] = line.amount();
        return amounts;
    }

    @Override
    public StandardTable kind() {
        return StandardTable.GENERAL_PUBLIC_BASIC;
    }

    @Override
    public StatementTable generate(DepartmentBudget budget, YearCatalog catalog) {
        CodeRollup rollup = TableLayout.rollUp(budget.basicEconomic(), AMOUNTS.length,
                line -> line.economicCode().value(), GeneralPublicBasicTable::distribute);
        List<TableRow> rows = rollup.isEmpty() ? List.of()
                : TableLayout.codeRows(rollup, 5, code -> catalog.economicName(EconomicCode.of(code)));
        String note = rows.isEmpty() ? "注：无一般公共预算财政拨款基本支出预算，空表列示。" : null;
        List<List<HeaderCell>> header = List.of(
                List.of(HeaderCell.wide("支出部门经济分类科目", 2), HeaderCell.wide("一般公共预算基本支出", 3)),
                List.of(HeaderCell.of("科目编码"), HeaderCell.of("科目名称"), HeaderCell.of("合计"),
                        HeaderCell.of("人员经费"), HeaderCell.of("公用经费")));
        return TableLayout.frame(kind(), budget, header, TableLayout.codeColumns(AMOUNTS), rows, note);
    }
}
