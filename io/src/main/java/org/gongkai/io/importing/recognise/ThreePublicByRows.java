package org.gongkai.io.importing.recognise;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.layout.Layouts;

/**
 * The "三公" table printed one row a part (合计, 因公出国（境）费, 公务用车购置及运行维护费 with its 购置费 and 运行维护费,
 * 公务接待费), turned into one row with each part under its own key, so that everything after reads one shape: a 决算's
 * with two columns 预算数 and 决算数 (the national 决算 print), a budget's with a 合计 column and one per fund source (the
 * national budget print) or a single amount column (预算数, 一般公共预算财政拨款) — the shape of the regions that print
 * the parts as columns.
 */
public final class ThreePublicByRows {

    /** The part a row names, by the words its label holds (the most specific first), and its keys' suffix. */
    private static final List<String[]> PARTS = List.of(
            new String[] {"购置费", "VehiclePurchase"}, new String[] {"运行", "VehicleOperation"},
            new String[] {"公务用车", "Vehicle"}, new String[] {"出国", "Abroad"}, new String[] {"接待", "Reception"},
            new String[] {"合计", "Total"}, new String[] {"总计", "Total"});

    private ThreePublicByRows() {
    }

    /** The table in the national shape; a table that is not printed by rows is returned as it is. */
    public static ReadTable transpose(ReadTable read) {
        if (read.layout().equals("THREE_PUBLIC")) {
            return BudgetThreePublicByRows.transpose(read);
        }
        if (!read.layout().equals("ACCOUNTS_THREE_PUBLIC")
                || read.rows().stream().noneMatch(r -> r.amounts().containsKey("budget") || r.amounts().containsKey("actual"))) {
            return read;
        }
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        int line = read.rows().get(0).line();
        for (ReadTable.Row row : read.rows()) {
            String part = part(row.name());
            if (part == null) {
                continue;
            }
            put(amounts, "budget" + part, row.amounts().get("budget"));
            put(amounts, "actual" + part, row.amounts().get("actual"));
        }
        if (amounts.isEmpty()) {
            return read;
        }
        ReadTable.Row row = new ReadTable.Row(null, null, null, amounts, Map.of(), line);
        return new ReadTable(read.layout(), read.number(), read.title(), read.unit(), read.note(), List.of(row), read.unknownColumns(),
                read.where());
    }

    /** The key suffix of the part a row label names ("Total", "Abroad" …), or null for none (会议费, 机关运行经费). */
    static String part(String label) {
        if (label == null) {
            return null;
        }
        String folded = Layouts.fold(label);
        if (folded.contains("机关运行")) {
            return null; // 机关运行经费 printed beside the 三公 parts is none of them, though it says 运行
        }
        if (folded.contains("购置") && (folded.contains("运行") || folded.contains("运维"))) {
            return "Vehicle"; // 公务用车购置及运行（维护）费: both parts together, their subtotal
        }
        return PARTS.stream().filter(p -> folded.contains(p[0])).map(p -> p[1]).findFirst().orElse(null);
    }

    /** The first figure a part is given keeps its place (a part printed twice, as in a 其中 row, does not add up). */
    private static void put(Map<String, BigDecimal> amounts, String key, BigDecimal amount) {
        if (amount != null) {
            amounts.putIfAbsent(key, amount);
        }
    }
}
