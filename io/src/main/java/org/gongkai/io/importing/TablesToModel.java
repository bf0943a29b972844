package org.gongkai.io.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.Builder;
import org.gongkai.core.budget.CarryForward;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * Rebuilds the model's figures from the published tables: income by type (table 1), 项 lines by kind and source
 * (tables 3, 5, 7, 8, with table 2 naming the non-fiscal sources), basic expenditure by economic line (table 6),
 * "三公" by source (table 9). What cannot be placed becomes an {@link Unparsed} entry, never a silent loss.
 */
final class TablesToModel {

    private static final Map<StandardTable, FundingSource> APPROPRIATIONS = Map.of(
            StandardTable.GENERAL_PUBLIC_EXPENDITURE, FundingSource.GENERAL_PUBLIC_BUDGET,
            StandardTable.GOVERNMENT_FUND_EXPENDITURE, FundingSource.GOVERNMENT_FUND,
            StandardTable.STATE_CAPITAL_EXPENDITURE, FundingSource.STATE_CAPITAL);
    private static final Map<String, FundingSource> INCOME_COLUMNS = new LinkedHashMap<>();

    static {
        INCOME_COLUMNS.put("财政专户收入", FundingSource.FISCAL_SPECIAL_ACCOUNT);
        INCOME_COLUMNS.put("事业收入", FundingSource.PUBLIC_SERVICE_INCOME);
        INCOME_COLUMNS.put("经营收入", FundingSource.OPERATING_INCOME);
        INCOME_COLUMNS.put("上级补助收入", FundingSource.SUPERIOR_SUBSIDY);
        INCOME_COLUMNS.put("附属单位上缴收入", FundingSource.AFFILIATE_REMITTANCE);
        INCOME_COLUMNS.put("其他收入", FundingSource.OTHER_INCOME);
    }

    private final Map<StandardTable, StatementTable> tables;
    private final List<Unparsed> unparsed;

    TablesToModel(Map<StandardTable, StatementTable> tables, List<Unparsed> unparsed) {
        this.tables = tables;
        this.unparsed = unparsed;
    }

    void fill(Builder builder) {
        incomes(builder);
        expenditures(builder);
        basicEconomic(builder);
        threePublic(builder);
    }

    private void incomes(Builder builder) {
        Optional.ofNullable(tables.get(StandardTable.SUMMARY)).ifPresent(summary -> {
            for (TableRow row : summary.rows()) {
                String label = TableQueries.plain(row.cell(0).display());
                BigDecimal amount = row.amount(1);
                if (amount.signum() == 0 || label.isEmpty() || label.contains("合计") || label.contains("总计")) {
                    continue;
                }
                Optional<FundingSource> source = incomeSource(label);
                boolean carried = label.contains("结转") || label.contains("结余");
                if (source.isPresent() && !carried) {
                    add(() -> builder.income(new Income(source.get(), Money.normalize(amount, "收入"), false)), summary, row);
                } else if (carried) {
                    add(() -> builder.income(new Income(FundingSource.GENERAL_PUBLIC_BUDGET, Money.normalize(amount, "上年结转"), true)),
                            summary, row);
                } else {
                    unparsed.add(new Unparsed("表1 第" + row.seq() + "行", label, "无法识别的收入类型"));
                }
            }
            TableQueries.rowLabeled(summary, 2, "年终结转结余").filter(r -> r.amount(3).signum() != 0).ifPresent(r ->
                    add(() -> builder.carryForward(new CarryForward(FundingSource.GENERAL_PUBLIC_BUDGET,
                            Money.normalize(r.amount(3), "年终结转结余"))), summary, r));
        });
    }

    static Optional<FundingSource> incomeSource(String label) {
        if (label.contains("一般公共预算")) {
            return Optional.of(FundingSource.GENERAL_PUBLIC_BUDGET);
        }
        if (label.contains("政府性基金") || label.contains("政府基金")) {
            return Optional.of(FundingSource.GOVERNMENT_FUND);
        }
        if (label.contains("国有资本")) {
            return Optional.of(FundingSource.STATE_CAPITAL);
        }
        if (label.contains("专户")) {
            return Optional.of(FundingSource.FISCAL_SPECIAL_ACCOUNT);
        }
        if (label.contains("经营收入")) {
            return Optional.of(FundingSource.OPERATING_INCOME);
        }
        if (label.contains("事业收入")) {
            return Optional.of(FundingSource.PUBLIC_SERVICE_INCOME);
        }
        if (label.contains("上级补助")) {
            return Optional.of(FundingSource.SUPERIOR_SUBSIDY);
        }
        if (label.contains("附属单位")) {
            return Optional.of(FundingSource.AFFILIATE_REMITTANCE);
        }
        if (label.contains("其他收入")) {
            return Optional.of(FundingSource.OTHER_INCOME);
        }
        return Optional.empty();
    }

    private void expenditures(Builder builder) {
        StatementTable expenditure = tables.get(StandardTable.EXPENDITURE);
        TreeSet<String> items = new TreeSet<>();
        for (StandardTable kind : List.of(StandardTable.EXPENDITURE, StandardTable.GENERAL_PUBLIC_EXPENDITURE,
                StandardTable.GOVERNMENT_FUND_EXPENDITURE, StandardTable.STATE_CAPITAL_EXPENDITURE)) {
            Optional.ofNullable(tables.get(kind)).ifPresent(t -> itemRows(t).keySet().forEach(items::add));
        }
        for (String item : items) {
            BigDecimal[] fiscal = {BigDecimal.ZERO, BigDecimal.ZERO};
            APPROPRIATIONS.forEach((kind, source) -> Optional.ofNullable(tables.get(kind))
                    .map(t -> itemRows(t).get(item)).ifPresent(row -> {
                        StatementTable t = tables.get(kind);
                        BigDecimal basic = TableQueries.amount(t, row, "基本支出");
                        BigDecimal project = TableQueries.amount(t, row, "项目支出");
                        line(builder, item, ExpenditureKind.BASIC, source, basic, t, row);
                        line(builder, item, ExpenditureKind.PROJECT, source, project, t, row);
                        fiscal[0] = fiscal[0].add(basic);
                        fiscal[1] = fiscal[1].add(project);
                    }));
            if (expenditure != null && itemRows(expenditure).containsKey(item)) {
                TableRow row = itemRows(expenditure).get(item);
                FundingSource other = nonFiscalSource(item);
                line(builder, item, ExpenditureKind.BASIC, other,
                        TableQueries.amount(expenditure, row, "基本支出").subtract(fiscal[0]), expenditure, row);
                line(builder, item, ExpenditureKind.PROJECT, other,
                        TableQueries.amount(expenditure, row, "项目支出").subtract(fiscal[1]), expenditure, row);
                line(builder, item, ExpenditureKind.OPERATING, other, TableQueries.amount(expenditure, row, "经营支出"), expenditure, row);
                line(builder, item, ExpenditureKind.REMIT_TO_SUPERIOR, other,
                        TableQueries.amount(expenditure, row, "上缴上级支出"), expenditure, row);
                line(builder, item, ExpenditureKind.SUBSIDY_TO_AFFILIATES, other,
                        TableQueries.amount(expenditure, row, "对附属单位补助支出"), expenditure, row);
            }
        }
    }

    /** The unit-funds source of an item's non-fiscal spending, as 收入总表 shows it (其他收入 when it does not). */
    private FundingSource nonFiscalSource(String item) {
        StatementTable income = tables.get(StandardTable.INCOME);
        if (income != null && itemRows(income).containsKey(item)) {
            TableRow row = itemRows(income).get(item);
            for (Map.Entry<String, FundingSource> column : INCOME_COLUMNS.entrySet()) {
                if (TableQueries.amount(income, row, column.getKey()).signum() != 0) {
                    return column.getValue();
                }
            }
        }
        return FundingSource.OTHER_INCOME;
    }

    private void line(Builder builder, String item, ExpenditureKind kind, FundingSource source, BigDecimal amount,
                      StatementTable table, TableRow row) {
        if (amount.signum() == 0) {
            return;
        }
        if (amount.signum() < 0) {
            unparsed.add(new Unparsed("表" + table.kind().number() + " 第" + row.seq() + "行", item,
                    "各表金额不一致，无法拆分出" + kind + "（差额 " + amount.toPlainString() + "）"));
            return;
        }
        add(() -> builder.expenditure(new ExpenditureLine(FunctionCode.of(item), kind, source, Money.normalize(amount, "金额"))),
                table, row);
    }

    private void basicEconomic(Builder builder) {
        Optional.ofNullable(tables.get(StandardTable.GENERAL_PUBLIC_BASIC)).ifPresent(table -> {
            for (TableRow row : TableQueries.codeRows(table)) {
                String code = TableQueries.code(row).orElseThrow();
                if (code.length() != 5) {
                    continue;
                }
                for (BasicCostKind kind : BasicCostKind.values()) {
                    BigDecimal amount = TableQueries.amount(table, row, kind == BasicCostKind.PERSONNEL ? "人员经费" : "公用经费");
                    if (amount.signum() > 0) {
                        add(() -> builder.basic(new BasicEconomicLine(EconomicCode.of(code), kind, Money.normalize(amount, "金额"))),
                                table, row);
                    }
                }
            }
        });
    }

    private void threePublic(Builder builder) {
        Optional.ofNullable(tables.get(StandardTable.THREE_PUBLIC)).ifPresent(table -> {
            Map<String, FundingSource> columns = Map.of("一般公共预算财政拨款", FundingSource.GENERAL_PUBLIC_BUDGET,
                    "政府性基金预算拨款", FundingSource.GOVERNMENT_FUND, "国有资本经营预算拨款", FundingSource.STATE_CAPITAL);
            for (FundingSource source : List.of(FundingSource.GENERAL_PUBLIC_BUDGET, FundingSource.GOVERNMENT_FUND,
                    FundingSource.STATE_CAPITAL)) {
                String column = columns.entrySet().stream().filter(e -> e.getValue() == source).findFirst().orElseThrow().getKey();
                try {
                    ThreePublicAmounts amounts = new ThreePublicAmounts(part(table, "教学科研人员因公出国(境)费", column),
                            part(table, "其他因公出国(境)费", column), part(table, "公务用车购置费", column),
                            part(table, "公务用车运行维护费", column), part(table, "公务接待费", column));
                    if (amounts.total().signum() > 0 || (source == FundingSource.GENERAL_PUBLIC_BUDGET && !table.rows().isEmpty())) {
                        builder.threePublic(source, amounts);
                    }
                } catch (IllegalArgumentException e) {
                    unparsed.add(new Unparsed("表9", column, "“三公”经费无法读取：" + e.getMessage()));
                }
            }
        });
    }

    private static BigDecimal part(StatementTable table, String label, String column) {
        return TableQueries.rowLabeled(table, 0, label).map(r -> Money.normalize(TableQueries.amount(table, r, column), label))
                .orElse(Money.ZERO);
    }

    private static Map<String, TableRow> itemRows(StatementTable table) {
        Map<String, TableRow> rows = new LinkedHashMap<>();
        TableQueries.codeRows(table).stream().filter(r -> TableQueries.code(r).orElseThrow().length() == 7)
                .forEach(r -> rows.putIfAbsent(TableQueries.code(r).orElseThrow(), r));
        return rows;
    }

    private void add(Runnable addition, StatementTable table, TableRow row) {
        try {
            addition.run();
        } catch (IllegalArgumentException e) {
            unparsed.add(new Unparsed("表" + table.kind().number() + " 第" + row.seq() + "行", row.cells().toString(), e.getMessage()));
        }
    }

    static List<Unparsed> none() {
        return new ArrayList<>();
    }
}
