package org.gongkai.io.importing.recognise;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A published table as read, in its own terms: which layout it is, its title, the unit it is printed in, and its rows
 * with their amounts by semantic column key, exactly as printed (an amount in 元 stays in 元, to the 分).
 *
 * @param layout   the layout id (core/layout/tables.tsv)
 * @param number   its number as printed ("公开03表" → 3), null when none is printed
 * @param unit     元, 万元 or 千元 as printed; 万元 when nothing is printed
 * @param note     a note printed under it, or null
 */
public record ReadTable(String layout, Integer number, String title, String unit, String note, List<Row> rows,
                        List<String> unknownColumns, String where) {

    public ReadTable {
        rows = List.copyOf(rows);
        unknownColumns = List.copyOf(unknownColumns);
    }

    /**
     * One printed row: on two-sided tables its side (income, expenditure, or use for a separate 支出用途 pair), its
     * code (digits only, "201 13 01" → "2011301"), its name and its amounts by key.
     */
    public record Row(String side, String code, String name, Map<String, BigDecimal> amounts, Map<String, String> texts, int line) {
        public Row {
            amounts = Map.copyOf(amounts);
            texts = Map.copyOf(texts);
        }

        public Row(String side, String code, String name, Map<String, BigDecimal> amounts, Map<String, String> texts) {
            this(side, code, name, amounts, texts, -1);
        }

        /** The same row on the given printed line (two-sided tables pair their sides line by line). */
        Row onLine(int printedLine) {
            return new Row(side, code, name, amounts, texts, printedLine);
        }
    }

    /** True when no row carries an amount (an empty table published with its note). */
    public boolean empty() {
        return rows.stream().allMatch(r -> r.amounts().isEmpty());
    }

    /** The factor that turns this table's amounts into 万元. */
    public BigDecimal toWanYuan() {
        return switch (unit) {
            case "元" -> new BigDecimal("0.0001");
            case "千元" -> new BigDecimal("0.1");
            case "亿元" -> new BigDecimal("10000");
            default -> BigDecimal.ONE;
        };
    }
}
