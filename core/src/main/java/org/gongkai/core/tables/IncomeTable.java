package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.classification.YearCatalog;

/** Table 2, 部门预算收入总表: what each function item is financed by, from 财政拨款 to 上年结转. */
public final class IncomeTable implements TableGenerator {

    private static final String[] AMOUNTS = org.gongkai.core.layout.Layouts.builtIn().table("INCOME").labels("total", "subtotal", "fiscal", "specialAccount",
            "business", "operatingIncome", "upperSubsidy", "subsidiaryRemit", "other", "carriedOver");
    private static final int SUBTOTAL = 1;
    private static final int CARRIED_OVER = 9;

    @Override
    public StandardTable kind() {
        return StandardTable.INCOME;
    }

    @Override
    public StatementTable generate(DepartmentBudget budget, YearCatalog catalog) {
        CodeRollup rollup = TableLayout.rollUp(budget.expenditures(), AMOUNTS.length,
                line -> line.functionCode().value(), IncomeTable::distribute);
        List<TableRow> rows = TableLayout.codeRows(rollup, 7, catalog::functionName);
        return TableLayout.frame(kind(), budget, header(), TableLayout.codeColumns(AMOUNTS), rows, null);
    }

    private static BigDecimal[] distribute(ExpenditureLine line) {
        BigDecimal[] amounts = CodeRollup.zeros(AMOUNTS.length);
        amounts[0] = line.amount();
        if (line.carriedOver()) {
            amounts[CARRIED_OVER] = line.amount();
        } else {
            amounts[SUBTOTAL] = line.amount();
            amounts[columnOf(line.source())] = line.amount();
        }
        return amounts;
    }

    private static int columnOf(FundingSource source) {
        return switch (source) {
            case GENERAL_PUBLIC_BUDGET, GOVERNMENT_FUND, STATE_CAPITAL -> 2;
            case FISCAL_SPECIAL_ACCOUNT -> 3;
            case PUBLIC_SERVICE_INCOME -> 4;
            case OPERATING_INCOME -> 5;
            case SUPERIOR_SUBSIDY -> 6;
            case AFFILIATE_REMITTANCE -> 7;
            case OTHER_INCOME -> 8;
        };
    }

    private static List<List<HeaderCell>> header() {
        List<HeaderCell> top = List.of(HeaderCell.wide("功能分类科目", 2), HeaderCell.tall("合计", 2),
                HeaderCell.wide("本年收入", 8), HeaderCell.tall("上年结转", 2));
        List<HeaderCell> second = new ArrayList<>(List.of(HeaderCell.of("科目编码"), HeaderCell.of("科目名称")));
        for (int i = SUBTOTAL; i < CARRIED_OVER; i++) {
            second.add(HeaderCell.of(AMOUNTS[i]));
        }
        return List.of(top, second);
    }
}
