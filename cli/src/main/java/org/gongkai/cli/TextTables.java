package org.gongkai.cli;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.tables.Column;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/** Renders tables as aligned monospaced text; Chinese characters take two terminal columns. */
final class TextTables {

    private TextTables() {
    }

    static String render(List<StatementTable> tables) {
        StringBuilder out = new StringBuilder();
        for (StatementTable table : tables) {
            render(table, out);
            out.append('\n');
        }
        return out.toString();
    }

    private static void render(StatementTable table, StringBuilder out) {
        out.append(table.kind().number()).append('、').append(table.title()).append('\n');
        out.append(table.departmentLine()).append("    ").append(table.yearLabel())
                .append("    单位：").append(table.unit()).append('\n');
        List<List<String>> lines = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("序号"));
        table.columns().forEach(c -> header.add(c.name()));
        lines.add(header);
        List<String> numbers = new ArrayList<>(List.of("栏次"));
        for (int i = 1; i <= table.columns().size(); i++) {
            numbers.add(Integer.toString(i));
        }
        lines.add(numbers);
        for (TableRow row : table.rows()) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(row.seq())));
            row.cells().forEach(c -> cells.add(c.display()));
            lines.add(cells);
        }
        int[] widths = widths(lines);
        for (int i = 0; i < lines.size(); i++) {
            out.append(line(lines.get(i), widths, table.columns())).append('\n');
            if (i == 1) {
                out.append(rule(widths)).append('\n');
            }
        }
        if (table.note() != null) {
            out.append(table.note()).append('\n');
        }
    }

    private static int[] widths(List<List<String>> lines) {
        int[] widths = new int[lines.get(0).size()];
        for (List<String> line : lines) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(line.get(i)));
            }
        }
        return widths;
    }

    private static String line(List<String> cells, int[] widths, List<Column> columns) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            boolean right = i > 0 && columns.get(i - 1).amounts();
            String pad = " ".repeat(widths[i] - DisplayWidth.of(cells.get(i)));
            line.append(i == 0 ? "" : "  ").append(right ? pad + cells.get(i) : cells.get(i) + pad);
        }
        return line.toString().stripTrailing();
    }

    private static String rule(int[] widths) {
        int total = 0;
        for (int width : widths) {
            total += width + 2;
        }
        return "-".repeat(total - 2);
    }
}
