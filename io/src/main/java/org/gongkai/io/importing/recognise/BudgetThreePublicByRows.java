package org.gongkai.io.importing.recognise;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.layout.Layouts;

/**
 * A budget's "三公" table printed one row a part — the national print (项目 | 合计 | one column per fund source) or a
 * region's with a single amount column (预算数, 一般公共预算财政拨款) — given, after its printed rows, the one row of part
 * amounts the regions that print the parts as columns have: 合计 of each part, or its only amount.
 */
final class BudgetThreePublicByRows {

    /** The budget layout's keys of the parts (columns.tsv): a table holding one is printed by columns already. */
    private static final Set<String> PARTS = Set.of("total", "abroad", "vehicle", "vehiclePurchase", "vehicleOperation", "reception");
    /** A row's amount for its part, in order of preference: the parts' total over the fund sources, then a single column. */
    private static final List<String> COLUMNS = List.of("grandTotal", "budget", "fiscalGeneral");

    private BudgetThreePublicByRows() {
    }

    static ReadTable transpose(ReadTable read) {
        if (read.rows().stream().anyMatch(r -> r.amounts().keySet().stream().anyMatch(PARTS::contains))) {
            return totalOfTheParts(read);
        }
        if (read.rows().isEmpty()) {
            return read;
        }
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (ReadTable.Row row : read.rows()) {
            // The row that names "三公" (“三公”经费小计) is their total; a bare 合计 may add 会议费 and 培训费.
            boolean threePublicTotal = row.name() != null && Layouts.fold(row.name()).matches(".*三公.*(小计|合计|总计).*");
            String part = threePublicTotal ? "Total" : ThreePublicByRows.part(row.name());
            BigDecimal amount = amount(row);
            if (part == null || amount == null) {
                continue;
            }
            String key = Character.toLowerCase(part.charAt(0)) + part.substring(1);
            if (threePublicTotal) {
                amounts.put(key, amount);
            } else {
                amounts.putIfAbsent(key, amount);
            }
        }
        if (amounts.isEmpty()) {
            return read;
        }
        // The printed rows stay (the model reads the national print row by row, each fund source apart); the parts' row
        // follows them.
        List<ReadTable.Row> rows = new java.util.ArrayList<>(read.rows());
        rows.add(new ReadTable.Row(null, null, null, amounts, Map.of(), read.rows().get(0).line()));
        return new ReadTable(read.layout(), read.number(), read.title(), read.unit(), read.note(), rows, read.unknownColumns(),
                read.where());
    }

    /**
     * A row of parts whose 合计 adds no 会议费 or 培训费 (no such column: the central departments' print 合计 | 因公出国（境）费 |
     * 公务用车购置及运行费 … | 公务接待费) has that 合计 as its 三公 total.
     */
    private static ReadTable totalOfTheParts(ReadTable read) {
        boolean parts = read.rows().stream().anyMatch(r -> r.amounts().containsKey("total") || r.amounts().containsKey("meeting")
                || r.amounts().containsKey("training"));
        if (parts) {
            return read;
        }
        List<ReadTable.Row> rows = read.rows().stream().map(r -> {
            if (!r.amounts().containsKey("grandTotal")) {
                return r;
            }
            Map<String, BigDecimal> amounts = new LinkedHashMap<>(r.amounts());
            amounts.put("total", amounts.remove("grandTotal"));
            return new ReadTable.Row(r.side(), r.code(), r.name(), amounts, r.texts(), r.line());
        }).toList();
        return new ReadTable(read.layout(), read.number(), read.title(), read.unit(), read.note(), rows, read.unknownColumns(),
                read.where());
    }

    /** The row's 合计 (its parts over the fund sources), else its single amount; null when it has several and no 合计. */
    private static BigDecimal amount(ReadTable.Row row) {
        for (String column : COLUMNS) {
            if (row.amounts().containsKey(column)) {
                return row.amounts().get(column);
            }
        }
        return row.amounts().size() == 1 ? row.amounts().values().iterator().next() : null;
    }
}
