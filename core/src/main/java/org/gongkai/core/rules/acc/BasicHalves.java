package org.gongkai.core.rules.acc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * The 一般公共预算财政拨款基本支出决算表 read as its printed halves: three columns (code, name, 决算数) each, side by side
 * when the table has six columns, one list when it has three. A half is its rows in print order.
 */
record BasicHalves(StatementTable table, List<Half> halves) {

    /** A line of a half: its row and the column of its code (its name and amount follow). */
    record Line(TableRow row, int codeColumn) {
        Optional<String> code() {
            String text = row.cell(codeColumn).text();
            return text != null && text.strip().matches("\\d{3}|\\d{5}") ? Optional.of(text.strip()) : Optional.empty();
        }

        String name() {
            return TableQueries.plain(row.cell(codeColumn + 1).display());
        }

        BigDecimal amount() {
            return row.amount(codeColumn + 2);
        }

        int amountColumn() {
            return codeColumn + 2;
        }
    }

    record Half(List<Line> lines) {
        /** The closing rows of the half (人员经费合计, 公用经费合计, or 合计). */
        List<Line> totals() {
            return lines.stream().filter(l -> l.code().isEmpty() && l.name().endsWith("合计")).toList();
        }

        List<Line> classes() {
            return lines.stream().filter(l -> l.code().map(c -> c.length() == 3).orElse(false)).toList();
        }

        List<Line> sectionsOf(String classCode) {
            return lines.stream().filter(l -> l.code().map(c -> c.length() == 5 && c.startsWith(classCode)).orElse(false)).toList();
        }
    }

    static Optional<BasicHalves> of(StatementTable table) {
        int width = table.columns().size();
        if (width != 3 && width != 6) {
            return Optional.empty();
        }
        List<Half> halves = new ArrayList<>();
        for (int start = 0; start < width; start += 3) {
            List<Line> lines = new ArrayList<>();
            for (TableRow row : table.rows()) {
                Line line = new Line(row, start);
                if (line.code().isPresent() || !line.name().isEmpty()) {
                    lines.add(line);
                }
            }
            halves.add(new Half(lines));
        }
        return Optional.of(new BasicHalves(table, halves));
    }

    /** The closing total of the half whose label starts with this word (人员经费, 公用经费). */
    Optional<Line> total(String label) {
        return halves.stream().flatMap(h -> h.totals().stream()).filter(l -> l.name().startsWith(label)).findFirst();
    }
}
