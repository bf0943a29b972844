package org.gongkai.core.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.tables.Cell;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StandardTables;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/** Published disclosures made from a correct model with one thing changed, as a careless hand would. */
public final class Tamper {

    static final ClassificationCatalog CATALOG = ClassificationCatalog.builtIn();

    private Tamper() {
    }

    static Disclosure published(DepartmentBudget model) {
        return Disclosure.published(model, StandardTables.generateAll(model, CATALOG), CATALOG);
    }

    static Disclosure table(DepartmentBudget model, StandardTable kind, UnaryOperator<StatementTable> change) {
        List<StatementTable> tables = new ArrayList<>();
        for (StatementTable table : StandardTables.generateAll(model, CATALOG)) {
            StatementTable changed = table.kind() == kind ? change.apply(table) : table;
            if (changed != null) {
                tables.add(changed);
            }
        }
        return Disclosure.published(model, tables, CATALOG);
    }

    /** Adds one 万元 to a cell of the first row matching. */
    static Disclosure cell(DepartmentBudget model, StandardTable kind, Predicate<TableRow> which, String column) {
        return table(model, kind, t -> rows(t, which, row -> {
            int c = t.columnIndex(column);
            List<Cell> cells = new ArrayList<>(row.cells());
            cells.set(c, Cell.amount(row.amount(c).add(BigDecimal.ONE)));
            return new TableRow(row.seq(), row.style(), cells);
        }));
    }

    static Disclosure text(DepartmentBudget model, StandardTable kind, Predicate<TableRow> which, int column, String text) {
        return table(model, kind, t -> rows(t, which, row -> {
            List<Cell> cells = new ArrayList<>(row.cells());
            cells.set(column, Cell.text(text));
            return new TableRow(row.seq(), row.style(), cells);
        }));
    }

    public static StatementTable rows(StatementTable table, Predicate<TableRow> which, UnaryOperator<TableRow> change) {
        List<TableRow> rows = new ArrayList<>();
        boolean done = false;
        for (TableRow row : table.rows()) {
            boolean hit = !done && which.test(row);
            rows.add(hit ? change.apply(row) : row);
            done |= hit;
        }
        if (!done) {
            throw new IllegalStateException(table.title() + " 中没有要改动的行");
        }
        return new StatementTable(table.kind(), table.departmentLine(), table.year(), table.unit(), table.header(),
                table.columns(), rows, table.note());
    }

    /** The first item row renamed 行政运行 and given the whole table's 项目支出, as a shifted column would. */
    static StatementTable allProjectsUnderAdministration(StatementTable table) {
        int column = table.columnIndex("项目支出");
        BigDecimal projects = TableQueries.totalRow(table).orElseThrow().amount(column);
        return rows(table, codeLength(7), row -> {
            List<Cell> cells = new ArrayList<>(row.cells());
            cells.set(1, Cell.text("行政运行"));
            cells.set(column, Cell.amount(projects));
            return new TableRow(row.seq(), row.style(), cells);
        });
    }

    static StatementTable without(StatementTable table, Predicate<TableRow> which) {
        return new StatementTable(table.kind(), table.departmentLine(), table.year(), table.unit(), table.header(),
                table.columns(), table.rows().stream().filter(which.negate()).toList(), table.note());
    }

    static Predicate<TableRow> codeLength(int length) {
        return row -> TableQueries.code(row).map(c -> c.length() == length).orElse(false);
    }

    static Predicate<TableRow> total() {
        return row -> TableQueries.code(row).isEmpty() && row.cell(1).display().equals("合计");
    }

    static Predicate<TableRow> labeled(int column, String label) {
        return row -> TableQueries.plain(row.cell(column).display()).equals(label);
    }

    static Predicate<TableRow> seq(int seq) {
        return row -> row.seq() == seq;
    }
}
