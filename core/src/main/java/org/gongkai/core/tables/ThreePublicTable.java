package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.budget.ThreePublicBySource;
import org.gongkai.core.classification.YearCatalog;

/** Table 9, 部门预算财政拨款“三公”经费支出表: each part by fiscal source. */
public final class ThreePublicTable implements TableGenerator {

    private static final List<FundingSource> SOURCES = List.of(
            FundingSource.GENERAL_PUBLIC_BUDGET, FundingSource.GOVERNMENT_FUND, FundingSource.STATE_CAPITAL);

    private record Line(String label, RowStyle style, Function<ThreePublicAmounts, BigDecimal> amount) {
    }

    private static final List<Line> LINES = List.of(
            new Line("合计", RowStyle.TOTAL, ThreePublicAmounts::total),
            new Line("“三公”经费小计", RowStyle.TOTAL, ThreePublicAmounts::total),
            new Line("一、因公出国（境）费", RowStyle.SECTION, ThreePublicAmounts::abroad),
            new Line("其中：教学科研人员因公出国（境）费", RowStyle.ITEM, ThreePublicAmounts::abroadTeaching),
            new Line("其他因公出国（境）费", RowStyle.ITEM, ThreePublicAmounts::abroadOther),
            new Line("二、公务用车购置及运维费", RowStyle.SECTION, ThreePublicAmounts::vehicle),
            new Line("其中：公务用车购置费", RowStyle.ITEM, ThreePublicAmounts::vehiclePurchase),
            new Line("公务用车运行维护费", RowStyle.ITEM, ThreePublicAmounts::vehicleOperation),
            new Line("三、公务接待费", RowStyle.SECTION, ThreePublicAmounts::reception));

    @Override
    public StandardTable kind() {
        return StandardTable.THREE_PUBLIC;
    }

    @Override
    public StatementTable generate(DepartmentBudget budget, YearCatalog catalog) {
        List<ThreePublicAmounts> bySource = SOURCES.stream().map(source -> amountsOf(budget, source)).toList();
        ThreePublicAmounts total = budget.figures().threePublic();
        List<TableRow> rows = new ArrayList<>();
        for (Line line : LINES) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(line.label()));
            cells.add(Cell.amount(line.amount().apply(total)));
            bySource.forEach(amounts -> cells.add(Cell.amount(line.amount().apply(amounts))));
            rows.add(new TableRow(rows.size() + 1, line.style(), cells));
        }
        List<List<HeaderCell>> header = List.of(
                List.of(HeaderCell.tall("项目", 2), HeaderCell.wide("资金性质", 4)),
                List.of(HeaderCell.of("合计"), HeaderCell.of("一般公共预算财政拨款"), HeaderCell.of("政府性基金预算拨款"),
                        HeaderCell.of("国有资本经营预算拨款")));
        List<Column> columns = List.of(Column.text("项目"), Column.amount("合计"), Column.amount("一般公共预算财政拨款"),
                Column.amount("政府性基金预算拨款"), Column.amount("国有资本经营预算拨款"));
        return TableLayout.frame(kind(), budget, header, columns, rows, null);
    }

    private static ThreePublicAmounts amountsOf(DepartmentBudget budget, FundingSource source) {
        ThreePublicAmounts amounts = ThreePublicAmounts.NONE;
        for (ThreePublicBySource part : budget.threePublic()) {
            if (part.source() == source) {
                amounts = amounts.plus(part.amounts());
            }
        }
        return amounts;
    }

}
