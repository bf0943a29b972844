package org.gongkai.io.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.gongkai.core.layout.Layouts;

/**
 * The headline figures a reader takes from the published tables as they are printed — whatever the region's layout —
 * in 万元 kept exact (a 元 table's 371,514,655.00 is 37151.4655): 收入总计 and 支出总计 of the 收支总表, 基本 and 项目支出
 * of the 支出总表, 人员 and 公用经费 of the basic-expenditure table (by 301 + 303 where it has no such columns), the
 * "三公" items and 机关运行经费; of a 决算, its own tables' figures. A figure no table gives is null.
 */
public record Headline(BigDecimal incomeTotal, BigDecimal expenditureTotal, BigDecimal basic, BigDecimal project,
                       BigDecimal personnel, BigDecimal publicFunds, ThreePublic threePublic, BigDecimal operatingCost) {

    /** The "三公" items this year, in 万元. */
    public record ThreePublic(BigDecimal total, BigDecimal abroad, BigDecimal vehiclePurchase, BigDecimal vehicleOperation,
                              BigDecimal reception) {
    }

    public static Optional<Headline> of(List<ReadTable> tables) {
        if (tables.stream().allMatch(ReadTable::empty)) {
            return Optional.empty();
        }
        return Optional.of(tables.stream().anyMatch(t -> t.layout().startsWith("ACCOUNTS_")) ? accounts(tables) : budget(tables));
    }

    private static Headline budget(List<ReadTable> tables) {
        Optional<ReadTable> summary = table(tables, "SUMMARY");
        Optional<ReadTable> expenditure = table(tables, "EXPENDITURE");
        Optional<ReadTable> basicTable = table(tables, "GENERAL_PUBLIC_BASIC");
        Optional<ReadTable> threePublic = table(tables, "THREE_PUBLIC");
        Optional<ReadTable> operating = table(tables, "OPERATING_COST");
        BigDecimal income = summary.flatMap(t -> amount(t, named("income", "收入总计", "收入合计", "收入总额"), "amount", "total")).orElse(null);
        BigDecimal spent = summary.flatMap(t -> amount(t, named("expenditure", "支出总计", "支出合计", "支出总额"),
                "total", "amount", "useAmount")).orElse(null);
        BigDecimal basic = expenditure.flatMap(t -> amount(t, TOTAL_ROW, "basic")).orElse(null);
        BigDecimal project = expenditure.flatMap(t -> amount(t, TOTAL_ROW, "project")).orElse(null);
        BigDecimal personnel = basicTable.flatMap(t -> amount(t, TOTAL_ROW, "personnel")
                .or(() -> classes(t, "total", "301", "303"))).orElse(null);
        BigDecimal publicFunds = basicTable.flatMap(t -> amount(t, TOTAL_ROW, "publicFunds")
                .or(() -> amount(t, TOTAL_ROW, "total").flatMap(total -> classes(t, "total", "301", "303").map(total::subtract)))).orElse(null);
        ThreePublic three = threePublic.flatMap(t -> threePublic(t, "")).orElse(null);
        BigDecimal operatingCost = threePublic.flatMap(t -> amount(t, r -> true, "operatingCost"))
                .or(() -> operating.flatMap(t -> amount(t, TOTAL_ROW, "total"))).orElse(null);
        return new Headline(income, spent, basic, project, personnel, publicFunds, three, operatingCost);
    }

    /**
     * A 决算's headline: 本年收入合计 and 本年支出合计 of 收入支出决算总表, 基本 and 项目支出 of 支出决算表, 人员经费合计 and
     * 公用经费合计 of the basic-expenditure table (301 + 303 where it prints no such totals), the "三公" 决算数. A 决算
     * prints no 机关运行经费 table: its explanation states it.
     */
    private static Headline accounts(List<ReadTable> tables) {
        Optional<ReadTable> summary = table(tables, "ACCOUNTS_SUMMARY");
        Optional<ReadTable> expenditure = table(tables, "ACCOUNTS_EXPENDITURE");
        Optional<ReadTable> basicTable = table(tables, "ACCOUNTS_GENERAL_PUBLIC_BASIC");
        BigDecimal income = summary.flatMap(t -> amount(t, named("income", "本年收入合计"), "amount")).orElse(null);
        BigDecimal spent = summary.flatMap(t -> amount(t, named("expenditure", "本年支出合计"), "amount")).orElse(null);
        BigDecimal basic = expenditure.flatMap(t -> amount(t, TOTAL_ROW, "basic")).orElse(null);
        BigDecimal project = expenditure.flatMap(t -> amount(t, TOTAL_ROW, "project")).orElse(null);
        BigDecimal personnel = basicTable.flatMap(t -> amount(t, total("人员经费"), "amount")
                .or(() -> classes(t, "amount", "301", "303"))).orElse(null);
        BigDecimal publicFunds = basicTable.flatMap(t -> amount(t, total("公用经费"), "amount")).orElse(null);
        // A 三公 table printed without any amount (空表列示: 「本年度没有财政拨款“三公”经费支出」) states zero spending.
        Optional<ReadTable> threeTable = table(tables, "ACCOUNTS_THREE_PUBLIC");
        ThreePublic three = threeTable.flatMap(t -> threePublic(t, "actual"))
                .or(() -> threeTable.filter(t -> t.rows().stream().allMatch(r -> r.amounts().isEmpty()))
                        .map(t -> new ThreePublic(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)))
                .orElse(null);
        return new Headline(income, spent, basic, project, personnel, publicFunds, three, null);
    }

    private static final Predicate<ReadTable.Row> TOTAL_ROW = r -> r.code() == null
            && (r.name() == null || Layouts.fold(r.name()).matches("合计|总计|支出合计|合计数"));

    private static Predicate<ReadTable.Row> total(String what) {
        return r -> r.code() == null && r.name() != null && r.name().contains(what);
    }

    /** The "三公" items of a table that prints them as columns; a 决算's 决算数 columns are its keys with a prefix. */
    private static Optional<ThreePublic> threePublic(ReadTable table, String prefix) {
        String total = key(prefix, "total");
        String abroad = key(prefix, "abroad");
        String reception = key(prefix, "reception");
        Optional<ReadTable.Row> row = table.rows().stream().filter(r -> r.amounts().containsKey(total)
                || r.amounts().containsKey(abroad) || r.amounts().containsKey(reception)).findFirst();
        return row.map(r -> new ThreePublic(part(table, r, total), part(table, r, abroad), part(table, r, key(prefix, "vehiclePurchase")),
                part(table, r, key(prefix, "vehicleOperation")), part(table, r, reception)));
    }

    /** "actual" + "total" → "actualTotal"; no prefix, the key itself. */
    private static String key(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    /** A blank cell of a printed 三公 row is a zero. */
    private static BigDecimal part(ReadTable table, ReadTable.Row row, String key) {
        return Optional.ofNullable(row.amounts().get(key)).map(a -> inWan(table, a)).orElse(BigDecimal.ZERO);
    }

    private static Optional<ReadTable> table(List<ReadTable> tables, String layout) {
        return tables.stream().filter(t -> t.layout().equals(layout)).findFirst();
    }

    private static Predicate<ReadTable.Row> named(String side, String... names) {
        return r -> (r.side() == null || r.side().equals(side) || side.equals("expenditure") && r.side().equals("use"))
                && r.name() != null && List.of(names).contains(Layouts.fold(r.name()).replaceAll("^[一二三四五六七八九十、.]+", ""));
    }

    /** The key's amount in the last row that matches (a total row closes its table), in 万元. */
    private static Optional<BigDecimal> amount(ReadTable table, Predicate<ReadTable.Row> which, String... keys) {
        List<ReadTable.Row> rows = table.rows().stream().filter(which).toList();
        for (int i = rows.size() - 1; i >= 0; i--) {
            for (String key : keys) {
                BigDecimal amount = rows.get(i).amounts().get(key);
                if (amount != null) {
                    return Optional.of(inWan(table, amount));
                }
            }
        }
        return Optional.empty();
    }

    /** The sum of the given classes' rows (economic classes of the basic-expenditure table) in one column. */
    private static Optional<BigDecimal> classes(ReadTable table, String key, String... codes) {
        List<ReadTable.Row> rows = table.rows().stream().filter(r -> r.code() != null && List.of(codes).contains(r.code())).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (ReadTable.Row row : rows) {
            sum = sum.add(Optional.ofNullable(row.amounts().get(key)).orElse(BigDecimal.ZERO));
        }
        return Optional.of(inWan(table, sum));
    }

    private static BigDecimal inWan(ReadTable table, BigDecimal amount) {
        BigDecimal wan = amount.multiply(table.toWanYuan()).stripTrailingZeros();
        return wan.scale() < 2 ? wan.setScale(2) : wan;
    }
}
