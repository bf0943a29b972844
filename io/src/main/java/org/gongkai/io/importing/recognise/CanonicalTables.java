package org.gongkai.io.importing.recognise;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.layout.LayoutColumn;
import org.gongkai.core.layout.Layouts;
import org.gongkai.core.layout.TableLayout;
import org.gongkai.core.tables.AccountsTables;
import org.gongkai.core.tables.Cell;
import org.gongkai.core.tables.Column;
import org.gongkai.core.tables.RowStyle;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StandardTables;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * A read table in the generators' canonical form (columns as Gongkai prints them, amounts in 万元 kept exact), so that
 * the model is rebuilt from any region's layout by one code path. A canonical column is found through the layout
 * column with the same official label; a two-sided table pairs its income and expenditure rows line by line.
 */
public final class CanonicalTables {

    private static final Map<StandardTable, StatementTable> CANONICAL = canonical();
    /** Tables printed in one fixed shape whatever they hold: every column stays, blank or not. */
    private static final java.util.Set<StandardTable> FIXED_SHAPE = java.util.EnumSet.of(StandardTable.THREE_PUBLIC,
            StandardTable.ACCOUNTS_THREE_PUBLIC, StandardTable.ACCOUNTS_GENERAL_PUBLIC_BASIC);

    private CanonicalTables() {
    }

    /** The table as the generators print it for an empty budget: its canonical header and columns. */
    static StatementTable canonical(StandardTable kind) {
        return CANONICAL.get(kind);
    }

    /** The canonical table, or empty for a table the canonical form cannot hold (the transposed 三公 layout). */
    public static Optional<StatementTable> of(StandardTable kind, ReadTable read, String departmentLine, int year) {
        StatementTable canonical = CANONICAL.get(kind);
        TableLayout layout = Layouts.builtIn().table(kind.name());
        // A table printed without a figure is shown empty, with its note (the 合计 row it prints holds nothing).
        List<TableRow> rows = read.empty() ? List.of() : switch (kind) {
            case SUMMARY, FISCAL_SUMMARY, ACCOUNTS_SUMMARY, ACCOUNTS_FISCAL_SUMMARY -> twoSided(read, canonical, layout);
            case THREE_PUBLIC -> threePublic(read);
            case ACCOUNTS_GENERAL_PUBLIC_BASIC -> BasicHalves.rows(read, canonical, layout);
            case ACCOUNTS_THREE_PUBLIC -> uncoded(read, canonical, layout);
            default -> coded(read, canonical, layout);
        };
        if (rows == null) {
            return Optional.empty();
        }
        return Optional.of(printedColumnsOnly(new StatementTable(kind, departmentLine == null ? "" : departmentLine, year,
                StatementTable.UNIT, canonical.header(), canonical.columns(), rows, read.note())));
    }

    /**
     * The canonical table without the amount columns the region does not print (江苏's 功能分类 table has only 金额, no
     * 基本/项目): a column that is not there holds no zeros for the rules to add up, it is simply not published.
     */
    private static StatementTable printedColumnsOnly(StatementTable table) {
        if (table.rows().isEmpty() || FIXED_SHAPE.contains(table.kind())) {
            return table;
        }
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            int column = c;
            if (!table.columns().get(c).amounts() || table.rows().stream().anyMatch(r -> !r.cells().get(column).isBlank())) {
                kept.add(c);
            }
        }
        if (kept.size() == table.columns().size()) {
            return table;
        }
        List<Column> columns = kept.stream().map(table.columns()::get).toList();
        List<List<org.gongkai.core.tables.HeaderCell>> header = List.of(columns.stream()
                .map(c -> org.gongkai.core.tables.HeaderCell.of(c.name())).toList());
        List<TableRow> rows = table.rows().stream().map(r -> new TableRow(r.seq(), r.style(),
                kept.stream().map(r.cells()::get).toList())).toList();
        return new StatementTable(table.kind(), table.departmentLine(), table.year(), table.unit(), header, columns, rows, table.note());
    }

    private static List<TableRow> coded(ReadTable read, StatementTable canonical, TableLayout layout) {
        List<TableRow> rows = new ArrayList<>();
        for (ReadTable.Row row : read.rows()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(row.code() == null ? Cell.BLANK : Cell.text(row.code()));
            cells.add(row.name() == null ? Cell.BLANK : Cell.text(row.name()));
            for (Column column : canonical.columns().subList(2, canonical.columns().size())) {
                cells.add(Cell.amount(amount(read, row, layout, column.name()).orElse(null)));
            }
            rows.add(new TableRow(rows.size() + 1, style(row), cells));
        }
        return rows;
    }

    /** Income and expenditure side by side as printed: the sides of one printed line make one canonical row. */
    private static List<TableRow> twoSided(ReadTable read, StatementTable canonical, TableLayout layout) {
        java.util.Map<Integer, ReadTable.Row[]> lines = new java.util.TreeMap<>();
        List<ReadTable.Row> uses = new ArrayList<>();
        for (ReadTable.Row row : read.rows()) {
            ReadTable.Row[] line = lines.computeIfAbsent(row.line(), l -> new ReadTable.Row[2]);
            if ("income".equals(row.side())) {
                line[0] = row;
            } else if (line[1] == null) {
                line[1] = row;
            } else {
                uses.add(row); // a second expenditure pair on the line (江苏's 支出用途 beside 功能分类) follows below
            }
        }
        int next = lines.isEmpty() ? 0 : ((java.util.TreeMap<Integer, ReadTable.Row[]>) lines).lastKey() + 1;
        for (ReadTable.Row use : uses) {
            lines.put(next++, new ReadTable.Row[] {null, use});
        }
        List<TableRow> rows = new ArrayList<>();
        List<Boolean> incomeSides = incomeSides(canonical, layout);
        for (ReadTable.Row[] line : lines.values()) {
            ReadTable.Row in = line[0];
            ReadTable.Row out = line[1];
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < canonical.columns().size(); c++) {
                Column column = canonical.columns().get(c);
                boolean incomeSide = incomeSides.get(c);
                ReadTable.Row side = incomeSide ? in : out;
                if (side == null) {
                    cells.add(column.amounts() ? Cell.amount(null) : Cell.BLANK);
                } else if (!column.amounts()) {
                    cells.add(side.name() == null ? Cell.BLANK : Cell.text(side.name()));
                } else {
                    Optional<BigDecimal> amount = amount(read, side, layout, column.name());
                    if (amount.isEmpty() && !incomeSide && "use".equals(side.side())) {
                        amount = Optional.ofNullable(side.amounts().get("useAmount")).map(a -> a.multiply(read.toWanYuan()));
                    }
                    cells.add(Cell.amount(amount.orElse(null)));
                }
            }
            rows.add(new TableRow(rows.size() + 1, RowStyle.PLAIN, cells));
        }
        return rows;
    }

    /**
     * Which canonical columns of a two-sided table are on its income side: the layout column of the same label, taken
     * in order (a 决算's summary prints 项目 and 决算数 on both sides); a column the layout does not name is on the side
     * its label says (收入…).
     */
    private static List<Boolean> incomeSides(StatementTable canonical, TableLayout layout) {
        List<LayoutColumn> unused = new ArrayList<>(layout.columns());
        List<Boolean> sides = new ArrayList<>();
        for (Column column : canonical.columns()) {
            Optional<LayoutColumn> same = unused.stream().filter(l -> l.label().equals(column.name())).findFirst();
            same.ifPresent(unused::remove);
            sides.add(same.map(l -> l.side().equals("income")).orElse(column.name().startsWith("收入")));
        }
        return sides;
    }

    /** A table of amounts only (the 决算's “三公” table: 预算数 and 决算数 of each part): each row's amounts by label. */
    private static List<TableRow> uncoded(ReadTable read, StatementTable canonical, TableLayout layout) {
        List<TableRow> rows = new ArrayList<>();
        for (ReadTable.Row row : read.rows().stream().filter(r -> !r.amounts().isEmpty()).toList()) {
            List<Cell> cells = new ArrayList<>();
            for (Column column : canonical.columns()) {
                cells.add(column.amounts() ? Cell.amount(amount(read, row, layout, column.name()).orElse(null))
                        : row.name() == null ? Cell.BLANK : Cell.text(row.name()));
            }
            rows.add(new TableRow(rows.size() + 1, RowStyle.TOTAL, cells));
        }
        return rows;
    }

    /** Published with the 三公 items as columns (Shanghai, Jiangsu): one canonical row per item, all 一般公共预算. */
    private static List<TableRow> threePublic(ReadTable read) {
        if (nationalRows(read)) {
            return null; // the national print, a row per item: read by its rows and fund columns (PublishedTableReader)
        }
        Optional<ReadTable.Row> data = read.rows().stream().filter(r -> r.amounts().keySet().stream()
                .anyMatch(k -> k.equals("abroad") || k.equals("reception") || k.startsWith("vehicle") || k.equals("total"))).findFirst();
        if (data.isEmpty()) {
            return read.rows().isEmpty() ? List.of() : null;
        }
        ReadTable.Row row = data.get();
        BigDecimal factor = read.toWanYuan();
        List<TableRow> rows = new ArrayList<>();
        for (Layouts.ThreePublicRow line : Layouts.builtIn().threePublicRows()) {
            String printed = switch (line.key()) {
                case "grandTotal" -> "total";          // the 三公 total, not a 合计 that adds 会议费 and 培训费
                case "abroadOther" -> "abroad";        // no region splits 教学科研人员 out
                case "abroadTeaching" -> null;
                default -> line.key();
            };
            BigDecimal amount = printed == null ? null
                    : Optional.ofNullable(row.amounts().get(printed)).map(a -> a.multiply(factor)).orElse(null);
            rows.add(new TableRow(rows.size() + 1, RowStyle.PLAIN, List.of(Cell.text(line.label()), Cell.amount(amount),
                    Cell.amount(amount), Cell.BLANK, Cell.BLANK)));
        }
        return rows;
    }

    /** A 三公 table printed a row per item under the national labels (three-public-rows.tsv), not one row of parts. */
    private static boolean nationalRows(ReadTable read) {
        java.util.Set<String> labels = new java.util.HashSet<>();
        Layouts.builtIn().threePublicRows().forEach(r -> labels.add(Layouts.fold(r.label())));
        return read.rows().stream().filter(r -> r.name() != null && !r.amounts().isEmpty())
                .filter(r -> labels.contains(Layouts.fold(r.name()))).count() >= 2;
    }

    /** The row's amount under the canonical column, in 万元: through the layout column of the same official label. */
    static Optional<BigDecimal> amount(ReadTable read, ReadTable.Row row, TableLayout layout, String label) {
        for (LayoutColumn column : layout.columns()) {
            boolean sideFits = row.side() == null || column.side().equals(row.side()) || column.side().equals("-")
                    || "use".equals(row.side()) && column.side().equals("expenditure");
            if (column.amount() && column.label().equals(label) && sideFits && row.amounts().containsKey(column.key())) {
                return Optional.of(row.amounts().get(column.key()).multiply(read.toWanYuan()).stripTrailingZeros());
            }
        }
        if (label.equals("财政拨款收入")) {
            BigDecimal parts = BigDecimal.ZERO;
            boolean any = false;
            for (String key : List.of("fiscalGeneral", "fiscalFund", "fiscalCapital")) {
                if (row.amounts().containsKey(key)) {
                    parts = parts.add(row.amounts().get(key));
                    any = true;
                }
            }
            return any ? Optional.of(parts.multiply(read.toWanYuan()).stripTrailingZeros()) : Optional.empty();
        }
        return Optional.empty();
    }

    static RowStyle style(ReadTable.Row row) {
        if (row.code() == null) {
            return row.name() != null && (row.name().contains("合计") || row.name().contains("总计")) ? RowStyle.TOTAL : RowStyle.PLAIN;
        }
        return switch (row.code().length()) {
            case 3 -> RowStyle.CLASS;
            case 5 -> RowStyle.SECTION;
            default -> RowStyle.ITEM;
        };
    }

    private static Map<StandardTable, StatementTable> canonical() {
        DepartmentBudget empty = DepartmentBudget.builder(2023, new Department("000", "—")).build();
        Map<StandardTable, StatementTable> tables = new EnumMap<>(StandardTable.class);
        StandardTables.generateAll(empty, ClassificationCatalog.builtIn()).forEach(t -> tables.put(t.kind(), t));
        AccountsTables.generateAll(new FinalAccounts(empty, null, null, null, null, null, null), ClassificationCatalog.builtIn())
                .forEach(t -> tables.put(t.kind(), t));
        return tables;
    }
}
