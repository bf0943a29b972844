package org.gongkai.io.headline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.gongkai.core.layout.Layouts;
import org.gongkai.core.narrative.StatedBudgetFigures;
import org.gongkai.io.importing.recognise.ReadTable;

/**
 * Every reading of a headline figure the printed tables give, whatever the region's layout, in 万元 kept exact (a 元
 * table's 371,514,655.00 is 37151.4655). Where several tables print the same figure (the 收支总表's 支出总计, the
 * 支出总表's 合计, the 收入总表's 合计), each is one piece of evidence: the headline believes what they agree on.
 * A budget's: 收入/支出总计 of the 收支总表, the 支出总表's 基本 and 项目支出, the basic-expenditure table's 人员 and 公用经费
 * (by 301 + 303 where it prints classes only), the "三公" items and 机关运行经费; a 决算's: its own tables' figures.
 */
final class TableEvidence {

    private static final Predicate<ReadTable.Row> TOTAL_ROW = r -> r.code() == null
            && (r.name() == null || Layouts.fold(r.name()).matches("合计|总计|支出合计|合计数|收入合计|收入总计|支出总计"));

    private final List<ReadTable> all;
    private final List<ReadTable> tables;
    private final List<Evidence> found = new ArrayList<>();

    private TableEvidence(List<ReadTable> all) {
        this.all = all;
        this.tables = all.stream().filter(t -> !t.empty()).toList();
    }

    static List<Evidence> of(List<ReadTable> tables) {
        TableEvidence evidence = new TableEvidence(tables);
        if (tables.stream().anyMatch(t -> t.layout().startsWith("ACCOUNTS_"))) {
            evidence.accounts();
        } else {
            evidence.budget();
        }
        return List.copyOf(evidence.found);
    }

    private void budget() {
        table("SUMMARY").ifPresent(t -> {
            last(t, Subject.INCOME_TOTAL, named("income", "收入总计", "收入合计", "收入总额"), "amount", "total");
            last(t, Subject.EXPENDITURE_TOTAL, named("expenditure", "支出总计", "支出合计", "支出总额"), "total", "amount", "useAmount");
            firstNamed(t, Subject.BASIC, StatedBudgetFigures.BASIC);
            firstNamed(t, Subject.PROJECT, StatedBudgetFigures.PROJECT);
        });
        table("INCOME").ifPresent(t -> last(t, Subject.INCOME_TOTAL, TOTAL_ROW, "total"));
        table("EXPENDITURE").ifPresent(t -> {
            last(t, Subject.EXPENDITURE_TOTAL, TOTAL_ROW, "total");
            if (!last(t, Subject.BASIC, TOTAL_ROW, "basic")) {
                parts(t, Subject.BASIC, "personnel", "publicFunds");
            }
            last(t, Subject.PROJECT, TOTAL_ROW, "project");
        });
        table("GENERAL_PUBLIC_BASIC").ifPresent(t -> {
            last(t, Subject.GENERAL_PUBLIC_BASIC, TOTAL_ROW, "total");
            if (!last(t, Subject.PERSONNEL, TOTAL_ROW, "personnel") && !classes(t, Subject.PERSONNEL, "total", "301", "303")) {
                zeroTotal(t, Subject.PERSONNEL);
            }
            if (!last(t, Subject.PUBLIC_FUNDS, TOTAL_ROW, "publicFunds") && !rest(t, Subject.PUBLIC_FUNDS, "total", "301", "303")) {
                zeroTotal(t, Subject.PUBLIC_FUNDS);
            }
        });
        table("THREE_PUBLIC").ifPresent(t -> {
            threePublic(t, "");
            last(t, Subject.OPERATING_COST, r -> true, "operatingCost");
        });
        table("OPERATING_COST").ifPresent(t -> last(t, Subject.OPERATING_COST, TOTAL_ROW, "total"));
    }

    /** A 决算 prints no 机关运行经费 table: its explanation states it. */
    private void accounts() {
        table("ACCOUNTS_SUMMARY").ifPresent(t -> {
            last(t, Subject.INCOME_TOTAL, named("income", "本年收入合计"), "amount");
            last(t, Subject.EXPENDITURE_TOTAL, named("expenditure", "本年支出合计"), "amount");
        });
        table("ACCOUNTS_EXPENDITURE").ifPresent(t -> {
            last(t, Subject.BASIC, TOTAL_ROW, "basic");
            last(t, Subject.PROJECT, TOTAL_ROW, "project");
        });
        table("ACCOUNTS_GENERAL_PUBLIC_BASIC").ifPresent(t -> {
            if (!last(t, Subject.PERSONNEL, total("人员经费"), "amount")) {
                classes(t, Subject.PERSONNEL, "amount", "301", "303");
            }
            last(t, Subject.PUBLIC_FUNDS, total("公用经费"), "amount");
        });
        table("ACCOUNTS_THREE_PUBLIC").ifPresentOrElse(t -> threePublic(t, "actual"), this::emptyThreePublic);
    }

    /** A 三公 table printed without any amount (空表列示: 「本年度没有财政拨款“三公”经费支出」) states zero spending. */
    private void emptyThreePublic() {
        all.stream().filter(t -> t.layout().equals("ACCOUNTS_THREE_PUBLIC") && t.note() != null
                && t.note().matches("(?s).*(空表|无|没有|未安排|未发生|不涉及).*")).findFirst().ifPresent(t -> {
            for (Subject subject : Subject.values()) {
                if (subject.threePublic()) {
                    found.add(new Evidence(subject, BigDecimal.ZERO, Evidence.Source.TABLE, t.where(),
                            "表「" + t.title() + "」空表列示（" + t.note() + "）"));
                }
            }
        });
    }

    /**
     * The "三公" items of a table that prints them as columns; a 决算's 决算数 columns are its keys with a prefix. The
     * total row (or the one row printing them) gives every part, a blank cell of it a zero; a table of several rows
     * without one (a row per year or per fund) gives each part from the first row that prints it, and a blank there
     * says nothing.
     */
    private void threePublic(ReadTable table, String prefix) {
        List<String> keys = Stream.of("total", "abroad", "vehiclePurchase", "vehicleOperation", "reception").map(k -> key(prefix, k)).toList();
        List<ReadTable.Row> printing = table.rows().stream().filter(r -> keys.stream().anyMatch(r.amounts()::containsKey)).toList();
        Optional<ReadTable.Row> total = printing.size() == 1 ? Optional.of(printing.get(0)) : printing.stream().filter(TOTAL_ROW).findFirst();
        List<Subject> subjects = List.of(Subject.THREE_PUBLIC_TOTAL, Subject.ABROAD, Subject.VEHICLE_PURCHASE, Subject.VEHICLE_OPERATION,
                Subject.RECEPTION);
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            Subject subject = subjects.get(i);
            if (total.isPresent()) {
                part(table, total.get(), subject, key);
            } else {
                printing.stream().filter(r -> r.amounts().containsKey(key)).findFirst()
                        .ifPresent(row -> add(table, row, subject, key, inWan(table, row.amounts().get(key)), ""));
            }
        }
    }

    private void part(ReadTable table, ReadTable.Row row, Subject subject, String key) {
        BigDecimal amount = row.amounts().get(key);
        add(table, row, subject, key, amount == null ? BigDecimal.ZERO.setScale(2) : inWan(table, amount), amount == null ? "（空白，即 0）" : "");
    }

    /** "actual" + "total" → "actualTotal"; no prefix, the key itself. */
    private static String key(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + Character.toUpperCase(key.charAt(0)) + key.substring(1);
    }

    private Optional<ReadTable> table(String layout) {
        return tables.stream().filter(t -> t.layout().equals(layout)).findFirst();
    }

    private static Predicate<ReadTable.Row> named(String side, String... names) {
        return r -> (r.side() == null || r.side().equals(side) || side.equals("expenditure") && r.side().equals("use"))
                && r.name() != null && List.of(names).contains(Layouts.fold(r.name()).replaceAll("^[一二三四五六七八九十、.]+", ""));
    }

    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("^[（(]?[一二三四五六七八九十\\d]+[)）、.．]+");

    /**
     * A 收支总表 whose expenditure side breaks the total down by kind (「1、人员经费和公用经费支出」「2、专项业务经费支出」, or
     * 基本支出 | 项目支出 rows) states those figures in the first row the statement vocabulary names.
     */
    private void firstNamed(ReadTable table, Subject subject, StatedBudgetFigures.Label label) {
        table.rows().stream().filter(r -> "expenditure".equals(r.side()) && r.code() == null && r.name() != null
                        && label.names(NUMBERING.matcher(Layouts.fold(r.name())).replaceFirst("")))
                .findFirst().ifPresent(row -> last(table, subject, r -> r == row, "total", "amount"));
    }

    private static Predicate<ReadTable.Row> total(String what) {
        return r -> r.code() == null && r.name() != null && r.name().contains(what);
    }

    /** The key's amount in the last row that matches (a total row closes its table). */
    private boolean last(ReadTable table, Subject subject, Predicate<ReadTable.Row> which, String... keys) {
        List<ReadTable.Row> rows = table.rows().stream().filter(which).toList();
        for (int i = rows.size() - 1; i >= 0; i--) {
            for (String key : keys) {
                BigDecimal amount = rows.get(i).amounts().get(key);
                if (amount != null) {
                    add(table, rows.get(i), subject, key, inWan(table, amount), "");
                    return true;
                }
            }
        }
        return false;
    }

    /** The sum of the given economic classes' rows in one column (人员经费 = 301 + 303 where no such column is printed). */
    private boolean classes(ReadTable table, Subject subject, String key, String... codes) {
        List<ReadTable.Row> rows = classRows(table, codes);
        if (rows.isEmpty()) {
            return false;
        }
        add(table, rows.get(0), subject, key, inWan(table, sum(rows, key)), "（" + String.join(" + ", codes) + " 类之和）");
        return true;
    }

    private static List<ReadTable.Row> classRows(ReadTable table, String... codes) {
        return table.rows().stream().filter(r -> r.code() != null && List.of(codes).contains(r.code())).toList();
    }

    private static BigDecimal sum(List<ReadTable.Row> rows, String key) {
        return rows.stream().map(r -> r.amounts().getOrDefault(key, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A basic-expenditure table whose only row is a zero 合计 (「本表本年无发生额」) gives every part as zero. */
    private void zeroTotal(ReadTable table, Subject subject) {
        List<ReadTable.Row> rows = table.rows();
        if (rows.size() == 1 && TOTAL_ROW.test(rows.get(0)) && rows.get(0).amounts().getOrDefault("total", BigDecimal.ONE).signum() == 0) {
            add(table, rows.get(0), subject, "total", BigDecimal.ZERO.setScale(2), "（合计为 0，各部分均为 0）");
        }
    }

    /**
     * A figure printed only as its parts: a 基本支出 header spanning 人员支出 | 公用经费 with no 小计 column under it
     * gives 基本支出 as the sum of the total row's parts, when the row prints every part.
     */
    private void parts(ReadTable table, Subject subject, String... keys) {
        table.rows().stream().filter(TOTAL_ROW).filter(r -> List.of(keys).stream().allMatch(r.amounts()::containsKey))
                .reduce((a, b) -> b).ifPresent(row -> {
                    BigDecimal sum = List.of(keys).stream().map(row.amounts()::get).reduce(BigDecimal.ZERO, BigDecimal::add);
                    String columns = String.join(" + ", List.of(keys).stream().map(k -> label(table, k)).toList());
                    column(table, row, subject, columns, inWan(table, sum), "（表中未印" + subject.chinese() + "小计，取各部分之和）");
                });
    }

    /** The total less the given classes (公用经费 = 合计 − 301 − 303). */
    private boolean rest(ReadTable table, Subject subject, String key, String... codes) {
        Optional<ReadTable.Row> total = table.rows().stream().filter(TOTAL_ROW).filter(r -> r.amounts().containsKey(key)).reduce((a, b) -> b);
        List<ReadTable.Row> rows = classRows(table, codes);
        if (total.isEmpty() || rows.isEmpty()) {
            return false;
        }
        add(table, total.get(), subject, key, inWan(table, total.get().amounts().get(key).subtract(sum(rows, key))),
                "（合计减 " + String.join("、", codes) + " 类）");
        return true;
    }

    private void add(ReadTable table, ReadTable.Row row, Subject subject, String key, BigDecimal value, String remark) {
        column(table, row, subject, label(table, key), value, remark);
    }

    private void column(ReadTable table, ReadTable.Row row, Subject subject, String column, BigDecimal value, String remark) {
        String how = "表「" + table.title() + "」行「" + (row.name() == null ? row.code() == null ? "首行" : row.code() : row.name())
                + "」栏「" + column + "」" + (table.unit().equals("万元") ? "" : "（" + table.unit() + "，折合万元）") + remark;
        found.add(new Evidence(subject, value, Evidence.Source.TABLE, table.where(), how, row.name() != null || row.code() != null));
    }

    private static String label(ReadTable table, String key) {
        return Layouts.builtIn().tables().stream().filter(l -> l.id().equals(table.layout())).findFirst()
                .flatMap(l -> l.column(key)).map(c -> c.label()).orElse(key);
    }

    private static BigDecimal inWan(ReadTable table, BigDecimal amount) {
        return Evidence.atLeastTwoDecimals(amount.multiply(table.toWanYuan()));
    }
}
