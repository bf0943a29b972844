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
 * "三公" items and 机关运行经费. A figure no table gives is null.
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
        Optional<ReadTable> summary = table(tables, "SUMMARY");
        Optional<ReadTable> expenditure = table(tables, "EXPENDITURE");
        Optional<ReadTable> basicTable = table(tables, "GENERAL_PUBLIC_BASIC");
        Optional<ReadTable> threePublic = table(tables, "THREE_PUBLIC");
        Optional<ReadTable> operating = table(tables, "OPERATING_COST");
        BigDecimal income = summary.flatMap(t -> amount(t, named("income", "收入总计", "收入合计", "收入总额"), "amount", "total")).orElse(null);
        BigDecimal spent = summary.flatMap(t -> amount(t, named("expenditure", "支出总计", "支出合计", "支出总额"),
                "total", "amount", "useAmount")).orElse(null);
        Predicate<ReadTable.Row> totalRow = r -> r.code() == null
                && (r.name() == null || Layouts.fold(r.name()).matches("合计|总计|支出合计|合计数"));
        BigDecimal basic = expenditure.flatMap(t -> amount(t, totalRow, "basic")).orElse(null);
        BigDecimal project = expenditure.flatMap(t -> amount(t, totalRow, "project")).orElse(null);
        BigDecimal personnel = basicTable.flatMap(t -> amount(t, totalRow, "personnel")
                .or(() -> classes(t, "301", "303"))).orElse(null);
        BigDecimal publicFunds = basicTable.flatMap(t -> amount(t, totalRow, "publicFunds")
                .or(() -> amount(t, totalRow, "total").flatMap(total -> classes(t, "301", "303").map(total::subtract)))).orElse(null);
        ThreePublic three = threePublic.flatMap(Headline::threePublic).orElse(null);
        BigDecimal operatingCost = threePublic.flatMap(t -> amount(t, r -> true, "operatingCost"))
                .or(() -> operating.flatMap(t -> amount(t, totalRow, "total"))).orElse(null);
        return Optional.of(new Headline(income, spent, basic, project, personnel, publicFunds, three, operatingCost));
    }

    private static Optional<ThreePublic> threePublic(ReadTable table) {
        Optional<ReadTable.Row> row = table.rows().stream().filter(r -> r.amounts().containsKey("total")
                || r.amounts().containsKey("abroad") || r.amounts().containsKey("reception")).findFirst();
        return row.map(r -> new ThreePublic(part(table, r, "total"), part(table, r, "abroad"), part(table, r, "vehiclePurchase"),
                part(table, r, "vehicleOperation"), part(table, r, "reception")));
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

    /** The sum of the given classes' rows (economic classes of the basic-expenditure table). */
    private static Optional<BigDecimal> classes(ReadTable table, String... codes) {
        List<ReadTable.Row> rows = table.rows().stream().filter(r -> r.code() != null && List.of(codes).contains(r.code())).toList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (ReadTable.Row row : rows) {
            sum = sum.add(Optional.ofNullable(row.amounts().get("total")).orElse(BigDecimal.ZERO));
        }
        return Optional.of(inWan(table, sum));
    }

    private static BigDecimal inWan(ReadTable table, BigDecimal amount) {
        BigDecimal wan = amount.multiply(table.toWanYuan()).stripTrailingZeros();
        return wan.scale() < 2 ? wan.setScale(2) : wan;
    }
}
