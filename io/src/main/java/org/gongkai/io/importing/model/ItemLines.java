package org.gongkai.io.importing.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.gongkai.core.budget.Builder;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Money;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;
import org.gongkai.io.importing.source.Unparsed;

/**
 * The 项 lines (function item × kind × source) rebuilt from the published tables that list items: the income table
 * (by source), the expenditure table (by kind) and one appropriation table per fiscal source (by kind). A budget and a
 * 决算 publish the same four roles under their own tables ({@link Roles}); what cannot be placed becomes an
 * {@link Unparsed} entry, never a silent loss.
 */
final class ItemLines {

    /** The unit-fund columns of the income table, in the order an item's rest is shared out over them. */
    private static final Map<String, FundingSource> INCOME_COLUMNS = new LinkedHashMap<>();

    static {
        INCOME_COLUMNS.put("财政专户收入", FundingSource.FISCAL_SPECIAL_ACCOUNT);
        INCOME_COLUMNS.put("事业收入", FundingSource.PUBLIC_SERVICE_INCOME);
        INCOME_COLUMNS.put("经营收入", FundingSource.OPERATING_INCOME);
        INCOME_COLUMNS.put("上级补助收入", FundingSource.SUPERIOR_SUBSIDY);
        INCOME_COLUMNS.put("附属单位上缴收入", FundingSource.AFFILIATE_REMITTANCE);
        INCOME_COLUMNS.put("其他收入", FundingSource.OTHER_INCOME);
    }

    /**
     * Which published table plays which role. {@code carriedColumn} is the income table's column of money carried in
     * (a budget's 上年结转); a 决算's income table has none: what an item spent beyond its income came from balances.
     */
    record Roles(StandardTable income, StandardTable expenditure, Map<FundingSource, StandardTable> appropriations,
                 String carriedColumn, String incomeTotalColumn, String expenditureTotalColumn) {

        static final Roles BUDGET = new Roles(StandardTable.INCOME, StandardTable.EXPENDITURE, Map.of(
                FundingSource.GENERAL_PUBLIC_BUDGET, StandardTable.GENERAL_PUBLIC_EXPENDITURE,
                FundingSource.GOVERNMENT_FUND, StandardTable.GOVERNMENT_FUND_EXPENDITURE,
                FundingSource.STATE_CAPITAL, StandardTable.STATE_CAPITAL_EXPENDITURE), "上年结转", null, null);

        static final Roles FINAL_ACCOUNTS = new Roles(StandardTable.ACCOUNTS_INCOME, StandardTable.ACCOUNTS_EXPENDITURE, Map.of(
                FundingSource.GENERAL_PUBLIC_BUDGET, StandardTable.ACCOUNTS_GENERAL_PUBLIC_EXPENDITURE,
                FundingSource.GOVERNMENT_FUND, StandardTable.ACCOUNTS_GOVERNMENT_FUND,
                FundingSource.STATE_CAPITAL, StandardTable.ACCOUNTS_STATE_CAPITAL), null,
                label("ACCOUNTS_INCOME", "total"), label("ACCOUNTS_EXPENDITURE", "total"));

        private static String label(String table, String key) {
            return org.gongkai.core.layout.Layouts.builtIn().table(table).labels(key)[0];
        }

        /** Money an item spent from balances carried in, as the income and expenditure tables show it. */
        BigDecimal carried(StatementTable income, TableRow incomeRow, StatementTable expenditure) {
            if (incomeRow == null) {
                return BigDecimal.ZERO;
            }
            if (carriedColumn != null) {
                return TableQueries.amountIfPrinted(income, incomeRow, carriedColumn);
            }
            TableRow spentRow = expenditure == null ? null : itemRows(expenditure).get(TableQueries.code(incomeRow).orElseThrow());
            return spentRow == null ? BigDecimal.ZERO : TableQueries.amountIfPrinted(expenditure, spentRow, expenditureTotalColumn)
                    .subtract(TableQueries.amountIfPrinted(income, incomeRow, incomeTotalColumn)).max(BigDecimal.ZERO);
        }
    }

    /** A fiscal appropriation's amount of one kind on an item, and where it is printed. */
    private record Fiscal(FundingSource source, ExpenditureKind kind, BigDecimal amount, StatementTable table, TableRow row) {
    }

    /** What one income column can still finance of an item. */
    private static final class Supply {
        final FundingSource source;
        final boolean carriedOver;
        BigDecimal available;

        Supply(FundingSource source, boolean carriedOver, BigDecimal available) {
            this.source = source;
            this.carriedOver = carriedOver;
            this.available = available;
        }
    }

    private final Map<StandardTable, StatementTable> tables;
    private final Roles roles;
    private final List<Unparsed> unparsed;

    ItemLines(Map<StandardTable, StatementTable> tables, Roles roles, List<Unparsed> unparsed) {
        this.tables = tables;
        this.roles = roles;
        this.unparsed = unparsed;
    }

    void fill(Builder builder) {
        TreeSet<String> items = new TreeSet<>();
        List<StandardTable> listing = new ArrayList<>(List.of(roles.expenditure()));
        for (FundingSource source : List.of(FundingSource.GENERAL_PUBLIC_BUDGET, FundingSource.GOVERNMENT_FUND, FundingSource.STATE_CAPITAL)) {
            listing.add(roles.appropriations().get(source));
        }
        for (StandardTable kind : listing) {
            Optional.ofNullable(tables.get(kind)).ifPresent(t -> itemRows(t).keySet().forEach(items::add));
        }
        for (String item : items) {
            item(builder, item);
        }
    }

    /**
     * One 项 rebuilt from every table that lists it: fiscal lines from the appropriation tables (the part the income
     * table shows as carried in marked carried over), then the rest of each kind of the expenditure table shared out
     * over the income table's unit-fund columns in order, so that every table regenerated from the lines shows the
     * published figures again.
     */
    private void item(Builder builder, String item) {
        StatementTable income = tables.get(roles.income());
        StatementTable expenditure = tables.get(roles.expenditure());
        TableRow incomeRow = income == null ? null : itemRows(income).get(item);
        BigDecimal fiscalIncome = incomeRow == null ? null : TableQueries.amountIfPrinted(income, incomeRow, "财政拨款收入");
        BigDecimal carried = roles.carried(income, incomeRow, expenditure);
        Map<ExpenditureKind, BigDecimal> fiscalByKind = new EnumMap<>(ExpenditureKind.class);
        BigDecimal fiscalTotal = BigDecimal.ZERO;
        List<Fiscal> fiscal = new ArrayList<>();
        for (FundingSource source : List.of(FundingSource.GENERAL_PUBLIC_BUDGET, FundingSource.GOVERNMENT_FUND, FundingSource.STATE_CAPITAL)) {
            StatementTable t = tables.get(roles.appropriations().get(source));
            TableRow row = t == null ? null : itemRows(t).get(item);
            if (row == null) {
                continue;
            }
            for (ExpenditureKind kind : List.of(ExpenditureKind.BASIC, ExpenditureKind.PROJECT)) {
                BigDecimal amount = TableQueries.amountIfPrinted(t, row, kind == ExpenditureKind.BASIC ? "基本支出" : "项目支出");
                if (amount.signum() > 0) {
                    fiscal.add(new Fiscal(source, kind, amount, t, row));
                    fiscalByKind.merge(kind, amount, BigDecimal::add);
                    fiscalTotal = fiscalTotal.add(amount);
                }
            }
        }
        BigDecimal fiscalCarried = fiscalIncome == null ? BigDecimal.ZERO : fiscalTotal.subtract(fiscalIncome).max(BigDecimal.ZERO).min(carried);
        BigDecimal toCarry = fiscalCarried;
        for (Fiscal f : fiscal) {
            BigDecimal asCarried = toCarry.min(f.amount());
            toCarry = toCarry.subtract(asCarried);
            line(builder, item, f.kind(), f.source(), false, f.amount().subtract(asCarried), f.table(), f.row());
            line(builder, item, f.kind(), f.source(), true, asCarried, f.table(), f.row());
        }
        TableRow row = expenditure == null ? null : itemRows(expenditure).get(item);
        if (row == null) {
            return;
        }
        List<Supply> supplies = new ArrayList<>();
        if (incomeRow != null) {
            INCOME_COLUMNS.forEach((column, source) -> supplies.add(new Supply(source, false,
                    TableQueries.amountIfPrinted(income, incomeRow, column))));
            supplies.add(new Supply(FundingSource.OTHER_INCOME, true, carried.subtract(fiscalCarried)));
        }
        for (ExpenditureKind kind : ExpenditureKind.values()) {
            BigDecimal rest = TableQueries.amountIfPrinted(expenditure, row, column(kind))
                    .subtract(fiscalByKind.getOrDefault(kind, BigDecimal.ZERO));
            for (Supply supply : supplies) {
                BigDecimal take = rest.min(supply.available);
                if (take.signum() > 0) {
                    line(builder, item, kind, supply.source, supply.carriedOver, take, expenditure, row);
                    supply.available = supply.available.subtract(take);
                    rest = rest.subtract(take);
                }
            }
            line(builder, item, kind, FundingSource.OTHER_INCOME, false, rest, expenditure, row);
        }
    }

    /** The expenditure table's column of a kind (a budget and a 决算 print the same labels). */
    private static String column(ExpenditureKind kind) {
        return switch (kind) {
            case BASIC -> "基本支出";
            case PROJECT -> "项目支出";
            case OPERATING -> "经营支出";
            case REMIT_TO_SUPERIOR -> "上缴上级支出";
            case SUBSIDY_TO_AFFILIATES -> "对附属单位补助支出";
        };
    }

    private void line(Builder builder, String item, ExpenditureKind kind, FundingSource source, boolean carriedOver,
                      BigDecimal amount, StatementTable table, TableRow row) {
        if (amount.signum() == 0) {
            return;
        }
        if (amount.signum() < 0) {
            unparsed.add(new Unparsed("表" + table.kind().number() + " 第" + row.seq() + "行", item,
                    "各表金额不一致，无法拆分出" + chinese(kind) + "（差额 " + amount.toPlainString() + "）"));
            return;
        }
        try {
            builder.expenditure(new ExpenditureLine(FunctionCode.of(item), kind, source, carriedOver, Money.normalize(amount, "金额")));
        } catch (IllegalArgumentException e) {
            unparsed.add(new Unparsed("表" + table.kind().number() + " 第" + row.seq() + "行", row.cells().toString(), e.getMessage()));
        }
    }

    /** The 7-digit item rows of a code-keyed table by code (the first where a code is printed twice). */
    static Map<String, TableRow> itemRows(StatementTable table) {
        Map<String, TableRow> rows = new LinkedHashMap<>();
        TableQueries.codeRows(table).stream().filter(r -> TableQueries.code(r).orElseThrow().length() == 7)
                .forEach(r -> rows.putIfAbsent(TableQueries.code(r).orElseThrow(), r));
        return rows;
    }

    private static String chinese(ExpenditureKind kind) {
        return switch (kind) {
            case BASIC -> "基本支出";
            case PROJECT -> "项目支出";
            case OPERATING -> "经营支出";
            case REMIT_TO_SUPERIOR -> "上缴上级支出";
            case SUBSIDY_TO_AFFILIATES -> "对附属单位补助支出";
        };
    }
}
