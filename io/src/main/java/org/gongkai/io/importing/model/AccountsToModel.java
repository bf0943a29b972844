package org.gongkai.io.importing.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.accounts.Balances;
import org.gongkai.core.accounts.BudgetedLine;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.accounts.ProcurementSplit;
import org.gongkai.core.accounts.ThreePublicCounts;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.Builder;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;
import org.gongkai.io.importing.recognise.ReadTable;
import org.gongkai.io.importing.source.Unparsed;

/**
 * Builds a 部门决算's model from its published tables: the 决算数 in the budget's shape — income by source (table 1),
 * 项 lines by kind and source (tables 3, 5, 7, 8 with table 2 naming the other sources), basic spending by economic
 * 款 (table 6: 人员经费 and 公用经费), "三公" (table 9) — and beside them what only a 决算 has: the balances (tables 1
 * and 4), the "三公" budget (table 9), the budget each item was executed against (table 5 where it prints it, the
 * explanation where it states it), and what the explanation states of counts, procurement and self-evaluations.
 * Leaf figures (项, 款) are taken as printed; where a document's totals disagree with them, the rules say so.
 */
public final class AccountsToModel {

    private final Map<StandardTable, StatementTable> tables;
    private final List<ReadTable> read;
    private final List<Unparsed> unparsed;
    private ThreePublicAmounts threePublicBudget;

    public AccountsToModel(Map<StandardTable, StatementTable> tables, List<ReadTable> read, List<Unparsed> unparsed) {
        this.tables = tables;
        this.read = read;
        this.unparsed = unparsed;
    }

    /** The 决算数: what the accounts share with a budget. */
    public void fill(Builder builder) {
        incomes(builder);
        new ItemLines(tables, ItemLines.Roles.FINAL_ACCOUNTS, unparsed).fill(builder);
        basicEconomic(builder);
        threePublic(builder);
    }

    /** The accounts around their actuals; the self-evaluations a table lists, else what the text sums up. */
    public FinalAccounts accounts(DepartmentBudget actuals, List<org.gongkai.core.accounts.SelfEvaluation> tabulated) {
        AccountsStatements stated = AccountsStatements.of(actuals.narrative());
        return new FinalAccounts(actuals, budgeted(actuals, stated), orNone(() -> AccountsBalances.of(tables), Balances.NONE, "表1、表4", "结转和结余"),
                threePublicBudget, orNone(stated::counts, ThreePublicCounts.NONE, "情况说明", "“三公”经费实物量"),
                orNone(stated::procurement, ProcurementSplit.NONE, "情况说明", "政府采购"),
                tabulated.isEmpty() ? orNone(stated::evaluations, List.of(), "情况说明", "绩效自评") : tabulated);
    }

    /** A part that cannot be read is reported where it is, and the accounts go on without it. */
    private <T> T orNone(java.util.function.Supplier<T> part, T none, String where, String what) {
        try {
            return part.get();
        } catch (IllegalArgumentException e) {
            unparsed.add(new Unparsed(where, what, what + "无法读取：" + e.getMessage()));
            return none;
        }
    }

    private void incomes(Builder builder) {
        StatementTable summary = tables.get(StandardTable.ACCOUNTS_SUMMARY);
        if (summary == null) {
            return;
        }
        int amount = AccountsBalances.firstAmount(summary, 0);
        for (TableRow row : summary.rows()) {
            String label = TableQueries.plain(row.cell(0).display());
            BigDecimal received = row.amount(amount);
            if (received.signum() == 0 || label.isEmpty() || isBalance(label) || label.contains("合计") || label.contains("总计")) {
                continue;
            }
            Optional<FundingSource> source = TablesToModel.incomeSource(label);
            if (source.isEmpty() && label.contains("财政拨款")) {
                fiscalIncome(builder, received, summary, row);
            } else if (source.isPresent()) {
                add(() -> builder.income(new Income(source.get(), Money.normalize(received, "收入"), false)), summary, row);
            } else {
                unparsed.add(new Unparsed("表1 第" + row.seq() + "行", label, "无法识别的收入类型"));
            }
        }
    }

    /** One 财政拨款收入 line: by appropriation as table 4 prints it, all 一般公共预算 where it does not. */
    private void fiscalIncome(Builder builder, BigDecimal total, StatementTable summary, TableRow at) {
        BigDecimal rest = total;
        StatementTable fiscal = tables.get(StandardTable.ACCOUNTS_FISCAL_SUMMARY);
        for (TableRow row : fiscal == null ? List.<TableRow>of() : fiscal.rows()) {
            String label = TableQueries.plain(row.cell(0).display());
            if (label.contains("合计") || isBalance(label)) {
                break;
            }
            BigDecimal part = row.amount(AccountsBalances.firstAmount(fiscal, 0));
            Optional<FundingSource> source = TablesToModel.incomeSource(label);
            if (source.isPresent() && part.signum() > 0 && part.compareTo(rest) <= 0) {
                add(() -> builder.income(new Income(source.get(), Money.normalize(part, "收入"), false)), fiscal, row);
                rest = rest.subtract(part);
            }
        }
        BigDecimal remaining = rest;
        if (remaining.signum() > 0) {
            add(() -> builder.income(new Income(FundingSource.GENERAL_PUBLIC_BUDGET, Money.normalize(remaining, "收入"), false)),
                    summary, at);
        }
    }

    private static boolean isBalance(String label) {
        return label.contains("结余") || label.contains("结转") || label.contains("事业基金");
    }

    /** 人员经费 on the left half of the canonical table 6, 公用经费 on the right; each 款 as printed. */
    private void basicEconomic(Builder builder) {
        StatementTable table = tables.get(StandardTable.ACCOUNTS_GENERAL_PUBLIC_BASIC);
        if (table == null) {
            return;
        }
        for (BasicCostKind kind : BasicCostKind.values()) {
            for (TableRow row : table.rows()) {
                int half = kind == BasicCostKind.PERSONNEL ? 0 : 3;
                String code = row.cell(half).text();
                BigDecimal amount = row.amount(half + 2);
                if (code != null && code.strip().length() == 5 && amount.signum() > 0) {
                    add(() -> builder.basic(new BasicEconomicLine(EconomicCode.of(code.strip()), kind, Money.normalize(amount, "金额"))),
                            table, row);
                }
            }
        }
    }

    /** Table 9's 决算数 are this year's "三公" (all 财政拨款: 一般公共预算); its 预算数 the budget beside them. */
    private void threePublic(Builder builder) {
        StatementTable table = tables.get(StandardTable.ACCOUNTS_THREE_PUBLIC);
        if (table == null || table.rows().isEmpty()) {
            return;
        }
        TableRow row = table.rows().get(0);
        try {
            builder.threePublic(FundingSource.GENERAL_PUBLIC_BUDGET, threePublic(table, row, "actual"));
            threePublicBudget = threePublic(table, row, "budget");
        } catch (IllegalArgumentException e) {
            unparsed.add(new Unparsed("表9", row.cells().toString(), "“三公”经费无法读取：" + e.getMessage()));
        }
    }

    private ThreePublicAmounts threePublic(StatementTable table, TableRow row, String prefix) {
        org.gongkai.core.layout.TableLayout layout = org.gongkai.core.layout.Layouts.builtIn().table("ACCOUNTS_THREE_PUBLIC");
        java.util.function.Function<String, BigDecimal> part = key -> Money.normalize(
                TableQueries.amountIfPrinted(table, row, layout.labels(prefix + key)[0]), key);
        BigDecimal purchase = part.apply("VehiclePurchase");
        BigDecimal operation = part.apply("VehicleOperation");
        BigDecimal vehicle = part.apply("Vehicle");
        if (purchase.signum() == 0 && operation.signum() == 0 && vehicle.signum() > 0) {
            unparsed.add(new Unparsed("表9", vehicle.toPlainString(),
                    "公务用车购置及运行维护费只列了小计，未分购置费和运行维护费：按运行维护费读入"));
            operation = vehicle;
        }
        return new ThreePublicAmounts(null, part.apply("Abroad"), purchase, operation, part.apply("Reception"));
    }


    /**
     * What each 一般公共预算 item was budgeted at: table 5's 年初预算数 and 调整预算数 where it prints them, else the
     * explanation's 年初预算 and 全年预算 of the item. A budget is one per item; it goes with the kind the item was
     * mostly spent as.
     */
    private List<BudgetedLine> budgeted(DepartmentBudget actuals, AccountsStatements stated) {
        Map<String, BigDecimal[]> byItem = new java.util.TreeMap<>(stated.itemBudgets(this::itemCode));
        read.stream().filter(t -> t.layout().equals(StandardTable.ACCOUNTS_GENERAL_PUBLIC_EXPENDITURE.name())).findFirst()
                .ifPresent(table -> table.rows().stream().filter(r -> r.code() != null && r.code().length() == 7).forEach(r -> {
                    BigDecimal initial = r.amounts().get("initial");
                    BigDecimal adjusted = r.amounts().get("adjusted");
                    if (initial != null || adjusted != null) {
                        byItem.put(r.code(), new BigDecimal[] {initial == null ? null : initial.multiply(table.toWanYuan()),
                                adjusted == null ? null : adjusted.multiply(table.toWanYuan())});
                    }
                }));
        List<BudgetedLine> lines = new ArrayList<>();
        byItem.forEach((code, budget) -> {
            try {
                lines.add(new BudgetedLine(org.gongkai.core.classification.FunctionCode.of(code), kindSpent(actuals, code),
                        FundingSource.GENERAL_PUBLIC_BUDGET, Money.normalize(budget[0], "年初预算数"), Money.normalize(budget[1], "调整预算数")));
            } catch (IllegalArgumentException e) {
                unparsed.add(new Unparsed("表5", code, "预算数无法读取：" + e.getMessage()));
            }
        });
        return lines;
    }

    private static ExpenditureKind kindSpent(DepartmentBudget actuals, String code) {
        return actuals.expenditures().stream()
                .filter(l -> l.functionCode().value().equals(code) && l.source() == FundingSource.GENERAL_PUBLIC_BUDGET)
                .max(Comparator.comparing(ExpenditureLine::amount)).map(ExpenditureLine::kind).orElse(ExpenditureKind.BASIC);
    }

    /** The code of an item the explanation names by its 款 and 项 names, as the tables print them. */
    private Optional<String> itemCode(String section, String item) {
        for (StandardTable kind : List.of(StandardTable.ACCOUNTS_GENERAL_PUBLIC_EXPENDITURE, StandardTable.ACCOUNTS_EXPENDITURE)) {
            StatementTable table = tables.get(kind);
            if (table == null) {
                continue;
            }
            Map<String, String> names = new java.util.HashMap<>();
            TableQueries.codeRows(table).forEach(r -> names.put(TableQueries.code(r).orElseThrow(), TableQueries.plain(r.cell(1).display())));
            Optional<String> code = names.entrySet().stream().filter(e -> e.getKey().length() == 7 && e.getValue().equals(item)
                    && (section == null || section.equals(names.get(e.getKey().substring(0, 5))))).map(Map.Entry::getKey).findFirst();
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }

    private void add(Runnable addition, StatementTable table, TableRow row) {
        try {
            addition.run();
        } catch (IllegalArgumentException e) {
            unparsed.add(new Unparsed("表" + table.kind().number() + " 第" + row.seq() + "行", row.cells().toString(), e.getMessage()));
        }
    }
}
