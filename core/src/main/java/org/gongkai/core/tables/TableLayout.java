package org.gongkai.core.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gongkai.core.budget.DepartmentBudget;

/** Pieces every generator shares: the frame of a table and roll-up rows of a code hierarchy. */
final class TableLayout {

    private TableLayout() {
    }

    static StatementTable frame(StandardTable kind, DepartmentBudget budget, List<List<HeaderCell>> header,
                                List<Column> columns, List<TableRow> rows, String note) {
        String departmentLine = budget.department().code() + " " + budget.department().name();
        return new StatementTable(kind, departmentLine, budget.year(), StatementTable.UNIT, header, columns, rows, note);
    }

    /**
     * Rolls lines up by their leaf code; {@code amounts} gives each line's contribution to every column.
     */
    static <T> CodeRollup rollUp(List<T> lines, int width, Function<T, String> code, Function<T, BigDecimal[]> amounts) {
        CodeRollup rollup = new CodeRollup(width);
        for (T line : lines) {
            rollup.add(code.apply(line), amounts.apply(line));
        }
        return rollup;
    }

    /**
     * The rows of a code-keyed table: 合计 first, then every 类, 款 and 项 in order, each as
     * [编码, 名称, amounts…].
     */
    static List<TableRow> codeRows(CodeRollup rollup, int leafLength, Function<String, String> nameOf) {
        List<TableRow> rows = new ArrayList<>();
        rows.add(new TableRow(1, RowStyle.TOTAL, cells(Cell.BLANK, Cell.text("合计"), rollup.total())));
        for (Map.Entry<String, BigDecimal[]> entry : rollup.byCode().entrySet()) {
            String code = entry.getKey();
            rows.add(new TableRow(rows.size() + 1, styleOf(code, leafLength),
                    cells(Cell.text(code), Cell.text(nameOf.apply(code)), entry.getValue())));
        }
        return rows;
    }

    static List<Cell> cells(Cell first, Cell second, BigDecimal[] amounts) {
        List<Cell> cells = new ArrayList<>(amounts.length + 2);
        cells.add(first);
        cells.add(second);
        for (BigDecimal amount : amounts) {
            cells.add(Cell.amount(amount));
        }
        return cells;
    }

    private static RowStyle styleOf(String code, int leafLength) {
        if (code.length() == leafLength) {
            return RowStyle.ITEM;
        }
        return code.length() == 3 ? RowStyle.CLASS : RowStyle.SECTION;
    }

    static List<Column> codeColumns(String... amountColumns) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("科目编码"));
        columns.add(Column.text("科目名称"));
        for (String name : amountColumns) {
            columns.add(Column.amount(name));
        }
        return columns;
    }

    /** Header of a table keyed by function code whose amount columns each span both header rows. */
    static List<List<HeaderCell>> functionHeader(String... amountColumns) {
        List<HeaderCell> top = new ArrayList<>();
        top.add(HeaderCell.wide("功能分类科目", 2));
        for (String name : amountColumns) {
            top.add(HeaderCell.tall(name, 2));
        }
        return List.of(top, List.of(HeaderCell.of("科目编码"), HeaderCell.of("科目名称")));
    }

    /**
     * The labels of a two-sided table's class rows: the year's official list of classes (一、一般公共服务支出 …), then,
     * numbered on, any class with amounts that the list does not hold — shown, never dropped.
     */
    static List<String> classLabels(org.gongkai.core.classification.YearCatalog catalog,
                                    java.util.Collection<org.gongkai.core.classification.FunctionCode> withAmounts) {
        List<String> labels = new ArrayList<>();
        for (org.gongkai.core.classification.SummaryRow row : catalog.summaryRows()) {
            labels.add(ChineseNumerals.label(labels.size() + 1, row.label()));
        }
        for (org.gongkai.core.classification.FunctionCode code : extraClasses(catalog, withAmounts)) {
            labels.add(ChineseNumerals.label(labels.size() + 1, catalog.functionName(code)));
        }
        return labels;
    }

    /** The amounts of the rows {@link #classLabels} labels, in the same order; zeros for a class without any. */
    static List<BigDecimal[]> classAmounts(org.gongkai.core.classification.YearCatalog catalog,
                                           Map<org.gongkai.core.classification.FunctionCode, BigDecimal[]> byClass, int width) {
        List<BigDecimal[]> amounts = new ArrayList<>();
        for (org.gongkai.core.classification.SummaryRow row : catalog.summaryRows()) {
            amounts.add(row.code().map(byClass::get).orElse(CodeRollup.zeros(width)));
        }
        for (org.gongkai.core.classification.FunctionCode code : extraClasses(catalog, byClass.keySet())) {
            amounts.add(byClass.get(code));
        }
        return amounts;
    }

    private static List<org.gongkai.core.classification.FunctionCode> extraClasses(org.gongkai.core.classification.YearCatalog catalog,
            java.util.Collection<org.gongkai.core.classification.FunctionCode> withAmounts) {
        List<org.gongkai.core.classification.FunctionCode> listed = catalog.summaryRows().stream().flatMap(r -> r.code().stream()).toList();
        return withAmounts.stream().filter(c -> !listed.contains(c)).sorted().toList();
    }

    /** The department line, year and unit of a 决算 table, as of a budget's (the 决算数 are held in the budget's shape). */
    static StatementTable frame(StandardTable kind, org.gongkai.core.accounts.FinalAccounts accounts, List<List<HeaderCell>> header,
                                List<Column> columns, List<TableRow> rows, String note) {
        return frame(kind, accounts.actuals(), header, columns, rows, note);
    }

    /** The three fiscal appropriations, in the order of the 财政拨款 tables' columns. */
    static final List<org.gongkai.core.budget.FundingSource> FISCAL = List.of(org.gongkai.core.budget.FundingSource.GENERAL_PUBLIC_BUDGET,
            org.gongkai.core.budget.FundingSource.GOVERNMENT_FUND, org.gongkai.core.budget.FundingSource.STATE_CAPITAL);

    /** An amount as [合计, 一般公共预算, 政府性基金, 国有资本经营]. */
    static BigDecimal[] fiscalColumns(org.gongkai.core.budget.FundingSource source, BigDecimal amount) {
        BigDecimal[] amounts = CodeRollup.zeros(4);
        amounts[0] = amount;
        amounts[1 + FISCAL.indexOf(source)] = amount;
        return amounts;
    }

    /** A row of a 财政拨款 总表: income label and amount, expenditure label, then its four fiscal columns (blank when null). */
    static TableRow fiscalRow(List<TableRow> rows, RowStyle style, Cell incomeLabel, Cell income, Cell label, BigDecimal[] amounts) {
        List<Cell> cells = new ArrayList<>(List.of(incomeLabel, income, label));
        for (int i = 0; i < 4; i++) {
            cells.add(amounts == null ? Cell.BLANK : Cell.amount(amounts[i]));
        }
        return new TableRow(rows.size() + 1, style, cells);
    }

    /** A line's amount as [合计, one column per kind in the order given]. */
    static BigDecimal[] byKind(org.gongkai.core.budget.ExpenditureLine line, List<org.gongkai.core.budget.ExpenditureKind> order) {
        BigDecimal[] amounts = CodeRollup.zeros(order.size() + 1);
        amounts[0] = line.amount();
        amounts[1 + order.indexOf(line.kind())] = line.amount();
        return amounts;
    }
}
