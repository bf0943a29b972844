package org.gongkai.io.importing.recognise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.layout.TableLayout;
import org.gongkai.core.tables.Cell;
import org.gongkai.core.tables.RowStyle;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * A 决算's 一般公共预算财政拨款基本支出决算表 in the generator's shape — 人员经费 on the left, 公用经费 on the right, line
 * by line, closed by the line of their totals — from however the document printed it: two halves (上海), three (人员经费
 * beside two columns of 公用经费) or one list. A half is 人员经费 when its total says so or, without one, when it lists
 * 工资福利支出 (301) or 对个人和家庭的补助 (303), the economic classes 人员经费 is made of.
 */
final class BasicHalves {

    private BasicHalves() {
    }

    static List<TableRow> rows(ReadTable read, StatementTable canonical, TableLayout layout) {
        Map<BasicCostKind, List<ReadTable.Row>> body = new LinkedHashMap<>();
        Map<BasicCostKind, ReadTable.Row> totals = new LinkedHashMap<>();
        List<ReadTable.Row> grandTotals = new ArrayList<>();
        for (List<ReadTable.Row> half : halves(read)) {
            BasicCostKind halfKind = half.get(0).side() == null ? null : kindOf(half);
            for (ReadTable.Row row : half) {
                BasicCostKind kind = halfKind != null ? halfKind : kindOf(List.of(row));
                if (row.code() != null) {
                    body.computeIfAbsent(kind, k -> new ArrayList<>()).add(row);
                } else if (named(row, "人员") || named(row, "公用") || halfKind != null) {
                    totals.put(kind, row);
                } else {
                    grandTotals.add(row);
                }
            }
        }
        List<ReadTable.Row> left = body.getOrDefault(BasicCostKind.PERSONNEL, List.of());
        List<ReadTable.Row> right = body.getOrDefault(BasicCostKind.PUBLIC, List.of());
        String amountLabel = canonical.columns().get(2).name();
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            rows.add(row(rows, RowStyle.PLAIN, i < left.size() ? left.get(i) : null, i < right.size() ? right.get(i) : null,
                    read, layout, amountLabel));
        }
        if (!totals.isEmpty()) {
            rows.add(row(rows, RowStyle.TOTAL, totals.get(BasicCostKind.PERSONNEL), totals.get(BasicCostKind.PUBLIC), read, layout,
                    amountLabel));
        }
        for (ReadTable.Row total : grandTotals) {
            rows.add(row(rows, RowStyle.TOTAL, total, null, read, layout, amountLabel));
        }
        return rows;
    }

    /** The read rows by the half they were printed in, in order; a table printed as one list is one half. */
    private static List<List<ReadTable.Row>> halves(ReadTable read) {
        Map<String, List<ReadTable.Row>> bySide = new LinkedHashMap<>();
        for (ReadTable.Row row : read.rows()) {
            bySide.computeIfAbsent(String.valueOf(row.side()), s -> new ArrayList<>()).add(row);
        }
        return new ArrayList<>(bySide.values());
    }

    private static BasicCostKind kindOf(List<ReadTable.Row> rows) {
        for (ReadTable.Row row : rows) {
            if (row.code() == null && named(row, "人员")) {
                return BasicCostKind.PERSONNEL;
            }
            if (row.code() == null && named(row, "公用")) {
                return BasicCostKind.PUBLIC;
            }
        }
        return rows.stream().filter(r -> r.code() != null).findFirst()
                .map(r -> r.code().startsWith("301") || r.code().startsWith("303") ? BasicCostKind.PERSONNEL : BasicCostKind.PUBLIC)
                .orElse(BasicCostKind.PUBLIC);
    }

    private static boolean named(ReadTable.Row row, String word) {
        return row.name() != null && row.name().contains(word);
    }

    private static TableRow row(List<TableRow> rows, RowStyle style, ReadTable.Row left, ReadTable.Row right, ReadTable read,
                                TableLayout layout, String amountLabel) {
        List<Cell> cells = new ArrayList<>(6);
        for (ReadTable.Row half : new ReadTable.Row[] {left, right}) {
            cells.add(half == null || half.code() == null ? Cell.BLANK : Cell.text(half.code()));
            cells.add(half == null || half.name() == null ? Cell.BLANK : Cell.text(half.name()));
            cells.add(half == null ? Cell.BLANK : Cell.amount(CanonicalTables.amount(read, half, layout, amountLabel).orElse(null)));
        }
        return new TableRow(rows.size() + 1, style, cells);
    }
}
