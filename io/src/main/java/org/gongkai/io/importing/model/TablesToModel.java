package org.gongkai.io.importing.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.Builder;
import org.gongkai.core.budget.CarryForward;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;
import org.gongkai.io.importing.source.Unparsed;

/**
 * Rebuilds the model's figures from the published tables: income by type (table 1), 项 lines by kind and source
 * (tables 3, 5, 7, 8, with table 2 naming the non-fiscal sources), basic expenditure by economic line (table 6),
 * "三公" by source (table 9). What cannot be placed becomes an {@link Unparsed} entry, never a silent loss.
 */
public final class TablesToModel {

    private final Map<StandardTable, StatementTable> tables;
    private final List<Unparsed> unparsed;

    public TablesToModel(Map<StandardTable, StatementTable> tables, List<Unparsed> unparsed) {
        this.tables = tables;
        this.unparsed = unparsed;
    }

    public void fill(Builder builder) {
        incomes(builder);
        new ItemLines(tables, ItemLines.Roles.BUDGET, unparsed).fill(builder);
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
                    carriedIncome(builder, amount, summary, row);
                } else {
                    unparsed.add(new Unparsed("表1 第" + row.seq() + "行", label, "无法识别的收入类型"));
                }
            }
            // A damaged or cut-off print may lack the amount column beside the label.
            TableQueries.rowLabeled(summary, 2, "年终结转结余").filter(r -> r.cells().size() > 3 && r.amount(3).signum() != 0).ifPresent(r ->
                    add(() -> builder.carryForward(new CarryForward(FundingSource.GENERAL_PUBLIC_BUDGET,
                            Money.normalize(r.amount(3), "年终结转结余"))), summary, r));
        });
    }

    /** 上年结转结余 by source: the fiscal part as 财政拨款收支总表 breaks it down, the rest as unit funds. */
    private void carriedIncome(Builder builder, BigDecimal total, StatementTable summary, TableRow at) {
        BigDecimal rest = total;
        StatementTable fiscal = tables.get(StandardTable.FISCAL_SUMMARY);
        if (fiscal != null) {
            boolean below = false;
            for (TableRow row : fiscal.rows()) {
                String label = TableQueries.plain(row.cell(0).display());
                if (label.contains("年初财政拨款结转")) {
                    below = true;
                } else if (below && label.contains("总计")) {
                    break;
                } else if (below && row.amount(1).signum() > 0) {
                    Optional<FundingSource> source = incomeSource(label);
                    if (source.isPresent() && row.amount(1).compareTo(rest) <= 0) {
                        BigDecimal amount = row.amount(1);
                        add(() -> builder.income(new Income(source.get(), Money.normalize(amount, "上年结转"), true)), fiscal, row);
                        rest = rest.subtract(amount);
                    }
                }
            }
        }
        if (rest.signum() > 0) {
            BigDecimal remaining = rest;
            add(() -> builder.income(new Income(fiscal == null ? FundingSource.GENERAL_PUBLIC_BUDGET : FundingSource.OTHER_INCOME,
                    Money.normalize(remaining, "上年结转"), true)), summary, at);
        }
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
        if (label.contains("其他收入") || label.matches("其他资金")) {
            return Optional.of(FundingSource.OTHER_INCOME);
        }
        return Optional.empty();
    }

    private void basicEconomic(Builder builder) {
        Optional.ofNullable(tables.get(StandardTable.GENERAL_PUBLIC_BASIC)).ifPresent(table -> {
            for (TableRow row : TableQueries.codeRows(table)) {
                String code = TableQueries.code(row).orElseThrow();
                if (code.length() != 5) {
                    continue;
                }
                for (BasicCostKind kind : BasicCostKind.values()) {
                    BigDecimal amount = TableQueries.amountIfPrinted(table, row, kind == BasicCostKind.PERSONNEL ? "人员经费" : "公用经费");
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
                    ThreePublicAmounts amounts = new ThreePublicAmounts(part(table, "abroadTeaching", column),
                            part(table, "abroadOther", column), part(table, "vehiclePurchase", column),
                            part(table, "vehicleOperation", column), part(table, "reception", column));
                    if (amounts.total().signum() > 0 || (source == FundingSource.GENERAL_PUBLIC_BUDGET && !table.rows().isEmpty())) {
                        builder.threePublic(source, amounts);
                    }
                } catch (IllegalArgumentException e) {
                    unparsed.add(new Unparsed("表9", column, "“三公”经费无法读取：" + e.getMessage()));
                }
            }
        });
    }

    /** The amount of a “三公” row (by its key in core/layout/three-public-rows.tsv) in a fund column. */
    private static BigDecimal part(StatementTable table, String key, String column) {
        String label = TableQueries.plain(org.gongkai.core.layout.Layouts.builtIn().threePublicLabel(key));
        return TableQueries.rowLabeled(table, 0, label).map(r -> Money.normalize(TableQueries.amountIfPrinted(table, r, column), label))
                .orElse(Money.ZERO);
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
