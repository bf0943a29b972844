package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.YearCatalog;

/**
 * 决算 table 9, 财政拨款“三公”经费支出决算表: one row, each part's 预算数 beside its 决算数 — 合计, 因公出国（境）费,
 * 公务用车购置及运行维护费 (小计, 购置费, 运行维护费), 公务接待费.
 */
public final class AccountsThreePublicTable implements AccountsTableGenerator {

    private static final String[] KEYS = {"budgetTotal", "actualTotal", "budgetAbroad", "actualAbroad", "budgetVehicle",
            "actualVehicle", "budgetVehiclePurchase", "actualVehiclePurchase", "budgetVehicleOperation", "actualVehicleOperation",
            "budgetReception", "actualReception"};

    @Override
    public StandardTable kind() {
        return StandardTable.ACCOUNTS_THREE_PUBLIC;
    }

    @Override
    public StatementTable generate(FinalAccounts accounts, YearCatalog catalog) {
        ThreePublicAmounts budget = accounts.threePublicBudget();
        ThreePublicAmounts actual = accounts.actuals().figures().threePublic();
        List<Column> columns = new ArrayList<>();
        for (String label : org.gongkai.core.layout.Layouts.builtIn().table("ACCOUNTS_THREE_PUBLIC").labels(KEYS)) {
            columns.add(Column.amount(label));
        }
        List<TableRow> rows = List.of();
        String note = "注：本年度没有财政拨款“三公”经费支出，故本表无数据。";
        if (budget.total().signum() != 0 || actual.total().signum() != 0) {
            List<Cell> cells = new ArrayList<>();
            for (BigDecimal[] pair : new BigDecimal[][] {{budget.total(), actual.total()}, {budget.abroad(), actual.abroad()},
                    {budget.vehicle(), actual.vehicle()}, {budget.vehiclePurchase(), actual.vehiclePurchase()},
                    {budget.vehicleOperation(), actual.vehicleOperation()}, {budget.reception(), actual.reception()}}) {
                cells.add(Cell.amount(Money.orZero(pair[0])));
                cells.add(Cell.amount(Money.orZero(pair[1])));
            }
            rows = List.of(new TableRow(1, RowStyle.TOTAL, cells));
            note = null;
        }
        // 合计, 因公出国（境）费 and 公务接待费 span the row that splits 公务用车 into 小计, 购置费 and 运行维护费.
        List<HeaderCell> parts = List.of(new HeaderCell("合计", 2, 2), new HeaderCell("因公出国（境）费", 2, 2),
                HeaderCell.wide("公务用车购置及运行维护费", 6), new HeaderCell("公务接待费", 2, 2));
        List<HeaderCell> vehicle = List.of(HeaderCell.wide("小计", 2), HeaderCell.wide("公务用车购置费", 2),
                HeaderCell.wide("公务用车运行维护费", 2));
        List<HeaderCell> leaves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            leaves.add(HeaderCell.of("预算数"));
            leaves.add(HeaderCell.of("决算数"));
        }
        List<List<HeaderCell>> header = List.of(List.of(HeaderCell.wide("财政拨款“三公”经费", 12)), parts, vehicle, leaves);
        return TableLayout.frame(kind(), accounts, header, columns, rows, note);
    }
}
