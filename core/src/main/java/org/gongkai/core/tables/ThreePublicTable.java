package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** Each row's amount, by the row keys of core/layout/three-public-rows.tsv. */
    private static final Map<String, Function<ThreePublicAmounts, BigDecimal>> AMOUNTS = Map.of(
            "grandTotal", ThreePublicAmounts::total, "total", ThreePublicAmounts::total, "abroad", ThreePublicAmounts::abroad,
            "abroadTeaching", ThreePublicAmounts::abroadTeaching, "abroadOther", ThreePublicAmounts::abroadOther,
            "vehicle", ThreePublicAmounts::vehicle, "vehiclePurchase", ThreePublicAmounts::vehiclePurchase,
            "vehicleOperation", ThreePublicAmounts::vehicleOperation, "reception", ThreePublicAmounts::reception);

    /** The amount of a row of core/layout/three-public-rows.tsv, by its key; null for a key that is not one. */
    public static BigDecimal amountOf(String key, ThreePublicAmounts amounts) {
        Function<ThreePublicAmounts, BigDecimal> amount = AMOUNTS.get(key);
        return amount == null ? null : amount.apply(amounts);
    }

    @Override
    public StandardTable kind() {
        return StandardTable.THREE_PUBLIC;
    }

    @Override
    public StatementTable generate(DepartmentBudget budget, YearCatalog catalog) {
        List<ThreePublicAmounts> bySource = SOURCES.stream().map(source -> amountsOf(budget, source)).toList();
        ThreePublicAmounts total = budget.figures().threePublic();
        List<TableRow> rows = new ArrayList<>();
        for (org.gongkai.core.layout.Layouts.ThreePublicRow line : org.gongkai.core.layout.Layouts.builtIn().threePublicRows()) {
            Function<ThreePublicAmounts, BigDecimal> amount = AMOUNTS.get(line.key());
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(line.label()));
            cells.add(Cell.amount(amount.apply(total)));
            bySource.forEach(amounts -> cells.add(Cell.amount(amount.apply(amounts))));
            rows.add(new TableRow(rows.size() + 1, RowStyle.valueOf(line.style()), cells));
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
