package org.gongkai.core.rules;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * Reading tables the way the rules need: rows by label, rows by code, amounts by column name. Works on
 * generated and on imported tables alike (column names are those of the generators).
 */
public final class TableQueries {

    /** The tables whose rows are keyed by 功能分类 or 经济分类 code. */
    public static final List<StandardTable> CODE_KEYED = List.of(StandardTable.INCOME, StandardTable.EXPENDITURE,
            StandardTable.GENERAL_PUBLIC_EXPENDITURE, StandardTable.GENERAL_PUBLIC_BASIC,
            StandardTable.GOVERNMENT_FUND_EXPENDITURE, StandardTable.STATE_CAPITAL_EXPENDITURE,
            StandardTable.ACCOUNTS_INCOME, StandardTable.ACCOUNTS_EXPENDITURE, StandardTable.ACCOUNTS_GENERAL_PUBLIC_EXPENDITURE,
            StandardTable.ACCOUNTS_GOVERNMENT_FUND, StandardTable.ACCOUNTS_STATE_CAPITAL);

    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d+");
    private static final java.util.regex.Pattern SPACE = java.util.regex.Pattern.compile("\\s");
    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("^[一二三四五六七八九十]+、|^其中:");

    private TableQueries() {
    }

    /** The code of a code-keyed row, or empty for 合计 and text rows. */
    public static Optional<String> code(TableRow row) {
        String text = row.cell(0).text();
        return text != null && DIGITS.matcher(text.strip()).matches() ? Optional.of(text.strip()) : Optional.empty();
    }

    public static List<TableRow> codeRows(StatementTable table) {
        return table.rows().stream().filter(r -> code(r).isPresent()).toList();
    }

    /** The 合计 row of a code-keyed table. */
    public static Optional<TableRow> totalRow(StatementTable table) {
        return table.rows().stream().filter(r -> code(r).isEmpty() && plain(r.cell(1).display()).equals("合计")).findFirst();
    }

    /** Direct children of a code: rows whose code is two digits longer and starts with it. */
    public static List<TableRow> children(StatementTable table, String code) {
        return codeRows(table).stream()
                .filter(r -> code(r).map(c -> c.length() == code.length() + 2 && c.startsWith(code)).orElse(false))
                .toList();
    }

    public static Optional<TableRow> rowLabeled(StatementTable table, int labelColumn, String label) {
        return table.rows().stream().filter(r -> plain(r.cell(labelColumn).display()).equals(label)).findFirst();
    }

    public static BigDecimal amount(StatementTable table, TableRow row, String column) {
        return row.amount(table.columnIndex(column));
    }

    /** The amount, or zero where the table does not print that column (a region's narrower layout). */
    public static BigDecimal amountIfPrinted(StatementTable table, TableRow row, String column) {
        return hasColumn(table, column) ? amount(table, row, column) : BigDecimal.ZERO;
    }

    public static boolean hasColumn(StatementTable table, String column) {
        return table.columns().stream().anyMatch(c -> c.name().equals(column));
    }

    public static BigDecimal sum(StatementTable table, List<TableRow> rows, int column) {
        return rows.stream().map(r -> r.amount(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Labels are compared without spaces, numbering ("一、") and full-/half-width differences. */
    public static String plain(String label) {
        String folded = SPACE.matcher(Normalizer.normalize(label, Normalizer.Form.NFKC)).replaceAll("");
        String unnumbered = NUMBERING.matcher(folded).replaceFirst("");
        return NUMBERING.matcher(unnumbered).replaceFirst("");
    }
}
