package org.gongkai.io.importing.recognise;

import org.gongkai.io.importing.source.Heads;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.tables.Cell;
import org.gongkai.core.tables.RowStyle;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StandardTables;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Cells;
import org.gongkai.io.importing.source.Titles;
import org.gongkai.io.importing.source.Unparsed;

/**
 * Reads one standard table as published: the grids after its title, merged across pages (repeated titles,
 * department lines and header rows skipped), each data row mapped onto the canonical columns.
 */
public final class PublishedTableReader {

    private PublishedTableReader() {
    }

    /** The table read from its section, what the section said beside it, and what could not be placed. */
    public record Read(StatementTable table, String departmentLine, Integer year, List<Unparsed> unparsed) {
    }

    public static Read read(StandardTable kind, List<Block> section) {
        List<Unparsed> unparsed = new ArrayList<>();
        List<Block.Grid> grids = new ArrayList<>();
        String note = null;
        String departmentLine = null;
        Integer year = null;
        String unit = StatementTable.UNIT;
        boolean afterDepartment = false;
        for (Block block : section) {
            boolean departmentNow = false;
            if (block instanceof Block.Grid grid) {
                grids.add(grid);
            } else if (block instanceof Block.Text text) {
                String t = text.text();
                String plain = Titles.plain(t);
                Optional<Integer> stated = Heads.year(t);
                year = year == null ? stated.orElse(null) : year;
                Optional<String> unitStated = Heads.unit(t);
                unit = unitStated.orElse(unit);
                if (plain.startsWith("注") || plain.contains("空表列示")) {
                    note = t.strip();
                } else if (departmentLine == null && Heads.departmentLine(t).isPresent()) {
                    departmentLine = Heads.departmentLine(t).get();
                    departmentNow = true;
                } else if (afterDepartment && Heads.isContinuation(t)) {
                    departmentLine = departmentLine + t.strip();
                } else if (stated.isEmpty() && unitStated.isEmpty() && !Heads.isContinuation(t)
                        && Heads.departmentLine(t).isEmpty()) {
                    unparsed.add(new Unparsed(text.where(), t, "表" + kind.number() + "中未识别的文字"));
                }
            }
            afterDepartment = departmentNow;
        }
        List<TableRow> rows = inWanYuan(rows(kind, grids, unparsed), unit);
        StatementTable canonical = CanonicalTables.canonical(kind);
        StatementTable table = new StatementTable(kind, departmentLine == null ? "" : departmentLine, year == null ? 0 : year,
                unit, canonical.header(), canonical.columns(), rows, note);
        return new Read(table, departmentLine, year, unparsed);
    }

    /** The rows' amounts in 万元, as every table's cells hold them, whatever unit the table is printed in (单位：元). */
    private static List<TableRow> inWanYuan(List<TableRow> rows, String unit) {
        BigDecimal factor = switch (unit) {
            case "元" -> new BigDecimal("0.0001");
            case "千元" -> new BigDecimal("0.1");
            case "亿元" -> new BigDecimal("10000");
            default -> BigDecimal.ONE;
        };
        if (factor.compareTo(BigDecimal.ONE) == 0) {
            return rows;
        }
        return rows.stream().map(r -> new TableRow(r.seq(), r.style(), r.cells().stream()
                .map(c -> c.amount() == null ? c : Cell.amount(c.amount().multiply(factor).stripTrailingZeros())).toList())).toList();
    }

    private static List<TableRow> rows(StandardTable kind, List<Block.Grid> grids, List<Unparsed> unparsed) {
        List<TableRow> rows = new ArrayList<>();
        GridLayout layout = null;
        for (Block.Grid grid : grids) {
            List<List<String>> header = new ArrayList<>();
            boolean numbered = false;
            boolean inData = false;
            for (List<String> row : grid.rows()) {
                if (isColumnNumbers(row)) {
                    continue;
                }
                numbered |= !row.isEmpty() && Titles.plain(row.get(0)).contains("序号");
                if (!isData(row, numbered)) {
                    if (!inData) {
                        header.add(row);
                    }
                    continue;
                }
                if (!inData) {
                    // Each page's grid may split its columns differently: its own header, when it has one, places them.
                    GridLayout own = header.isEmpty() ? null : GridLayout.of(header, Layouts.SPECS.get(kind));
                    layout = own != null && (layout == null || own.foundCount() >= layout.foundCount()) ? own : layout;
                    inData = true;
                }
                if (layout == null) {
                    layout = GridLayout.of(List.of(), Layouts.SPECS.get(kind));
                }
                rows.add(row(kind, layout, row, numbered, rows.size() + 1, grid.where(), unparsed));
            }
        }
        return rows;
    }

    private static TableRow row(StandardTable kind, GridLayout layout, List<String> cells, boolean numbered, int next,
                                String where, List<Unparsed> unparsed) {
        List<GridLayout.Spec> specs = layout.specs();
        String[] texts = new String[specs.size()];
        BigDecimal[] amounts = new BigDecimal[specs.size()];
        for (int i = numbered ? 1 : 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (Cells.isBlank(cell) || layout.numbering(i)) {
                continue;
            }
            int column = layout.columnOf(i);
            if (column < 0) {
                unparsed.add(new Unparsed(where, String.join(" | ", cells), "表" + kind.number() + "中无法对应到栏目的单元格「" + cell + "」"));
            } else if (specs.get(column).amount()) {
                Optional<BigDecimal> amount = Cells.amount(cell);
                if (amount.isEmpty() || amounts[column] != null) {
                    unparsed.add(new Unparsed(where, String.join(" | ", cells), "表" + kind.number() + "“"
                            + specs.get(column).name() + "”栏不是金额或重复：「" + cell + "」"));
                } else {
                    amounts[column] = amount.get();
                }
            } else {
                texts[column] = texts[column] == null ? Cells.joined(cell) : texts[column] + Cells.joined(cell);
            }
        }
        List<Cell> row = new ArrayList<>();
        for (int c = 0; c < specs.size(); c++) {
            row.add(specs.get(c).amount() ? Cell.amount(amounts[c]) : texts[c] == null ? Cell.BLANK : Cell.text(texts[c]));
        }
        int seq = numbered && Cells.isInteger(cells.get(0)) ? Integer.parseInt(Cells.fold(cells.get(0))) : next;
        return new TableRow(seq, style(row), row);
    }

    private static RowStyle style(List<Cell> cells) {
        String first = cells.get(0).text();
        if (first != null && Cells.isCode(first)) {
            return switch (first.strip().length()) {
                case 3 -> RowStyle.CLASS;
                case 5 -> RowStyle.SECTION;
                default -> RowStyle.ITEM;
            };
        }
        String second = cells.size() > 1 && cells.get(1).text() != null ? cells.get(1).text() : "";
        return second.contains("合计") || (first != null && first.contains("合计")) ? RowStyle.TOTAL : RowStyle.PLAIN;
    }

    /** The 栏次 (or 档次) row numbering the columns, labelled or not (1 2 3 …). */
    private static boolean isColumnNumbers(List<String> row) {
        return Cells.isColumnNumbering(row);
    }

    private static boolean isData(List<String> row, boolean numbered) {
        if (row.isEmpty()) {
            return false;
        }
        if (numbered) {
            return Cells.isInteger(row.get(0));
        }
        return row.stream().anyMatch(c -> Cells.amount(c).isPresent() || Cells.isCode(c));
    }
}
