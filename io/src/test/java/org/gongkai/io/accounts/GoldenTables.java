package org.gongkai.io.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.tables.Cell;
import org.gongkai.core.tables.Column;
import org.gongkai.core.tables.RowStyle;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * The tables of a golden 决算 as printed, in the shape the importer gives published tables: code tables as code, name
 * and the printed amount columns; two-sided tables with each side's rows from the top and the closing rows of the two
 * sides on common lines; the 基本支出 table as its two halves side by side.
 */
final class GoldenTables {

    private static final Map<String, StandardTable> KINDS = Map.of(
            "INCOME_EXPENDITURE_SUMMARY", StandardTable.ACCOUNTS_SUMMARY, "INCOME", StandardTable.ACCOUNTS_INCOME,
            "EXPENDITURE", StandardTable.ACCOUNTS_EXPENDITURE, "FISCAL_SUMMARY", StandardTable.ACCOUNTS_FISCAL_SUMMARY,
            "GENERAL_PUBLIC", StandardTable.ACCOUNTS_GENERAL_PUBLIC_EXPENDITURE, "GENERAL_PUBLIC_BASIC", StandardTable.ACCOUNTS_GENERAL_PUBLIC_BASIC,
            "THREE_PUBLIC", StandardTable.ACCOUNTS_THREE_PUBLIC, "GOVERNMENT_FUND", StandardTable.ACCOUNTS_GOVERNMENT_FUND,
            "STATE_CAPITAL", StandardTable.ACCOUNTS_STATE_CAPITAL);

    private GoldenTables() {
    }

    static List<StatementTable> of(JsonNode golden) {
        List<StatementTable> tables = new ArrayList<>();
        for (JsonNode table : golden.get("tables")) {
            tables.add(table(table, golden.get("year").asInt()));
        }
        return tables;
    }

    private static StatementTable table(JsonNode table, int year) {
        StandardTable kind = KINDS.get(table.get("table").asText());
        List<String> names = new ArrayList<>();
        table.get("columns").forEach(c -> names.add(c.asText().substring(c.asText().lastIndexOf('/') + 1)));
        List<Column> columns = new ArrayList<>();
        for (String name : names) {
            columns.add(name.equals("项目") || name.contains("编码") || name.equals("科目名称") ? Column.text(name) : Column.amount(name));
        }
        List<TableRow> rows = switch (kind) {
            case ACCOUNTS_SUMMARY, ACCOUNTS_FISCAL_SUMMARY -> twoSided(table, names, kind == StandardTable.ACCOUNTS_SUMMARY ? 4 : 3);
            case ACCOUNTS_GENERAL_PUBLIC_BASIC -> halves(table);
            case ACCOUNTS_THREE_PUBLIC -> List.of();
            default -> coded(table, names);
        };
        boolean empty = table.has("empty") && table.get("empty").asBoolean();
        return new StatementTable(kind, "", year, "万元", List.of(), columns, empty ? List.of() : rows,
                table.has("note") && !table.get("note").isNull() ? table.get("note").asText() : null);
    }

    private static List<TableRow> coded(JsonNode table, List<String> names) {
        List<TableRow> rows = new ArrayList<>();
        for (JsonNode row : table.get("rows")) {
            List<Cell> cells = new ArrayList<>(List.of(Cell.text(row.has("code") ? row.get("code").asText() : null),
                    Cell.text(row.get("name").asText())));
            for (String name : names.subList(2, names.size())) {
                cells.add(amount(row, name));
            }
            rows.add(new TableRow(rows.size() + 1, RowStyle.PLAIN, cells));
        }
        return rows;
    }

    /** Each side from the top; the last {@code closing} rows of both sides share lines, as the forms print them. */
    private static List<TableRow> twoSided(JsonNode table, List<String> names, int closing) {
        List<JsonNode> income = new ArrayList<>();
        List<JsonNode> spending = new ArrayList<>();
        table.get("rows").forEach(r -> (r.get("side").asText().equals("income") ? income : spending).add(r));
        int body = Math.max(income.size() - closing, spending.size() - closing);
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < body + closing; i++) {
            int in = i < body ? i : income.size() - closing + (i - body);
            int out = i < body ? i : spending.size() - closing + (i - body);
            List<Cell> cells = new ArrayList<>();
            JsonNode left = i < body && in >= income.size() - closing ? null : in < income.size() && in >= 0 ? income.get(in) : null;
            JsonNode right = i < body && out >= spending.size() - closing ? null : out < spending.size() && out >= 0 ? spending.get(out) : null;
            cells.add(left == null ? Cell.BLANK : Cell.text(left.get("name").asText()));
            cells.add(left == null ? Cell.BLANK : amount(left, names.get(1)));
            cells.add(right == null ? Cell.BLANK : Cell.text(right.get("name").asText()));
            for (String name : names.subList(3, names.size())) {
                cells.add(right == null ? Cell.BLANK : amount(right, name));
            }
            rows.add(new TableRow(rows.size() + 1, RowStyle.PLAIN, cells));
        }
        return rows;
    }

    private static List<TableRow> halves(JsonNode table) {
        List<JsonNode> left = new ArrayList<>();
        List<JsonNode> right = new ArrayList<>();
        table.get("rows").forEach(r -> (r.get("side").asText().equals("left") ? left : right).add(r));
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            List<Cell> cells = new ArrayList<>();
            for (List<JsonNode> half : List.of(left, right)) {
                JsonNode row = i < half.size() ? half.get(i) : null;
                cells.add(row == null || !row.has("code") || row.get("code").isNull() ? Cell.BLANK : Cell.text(row.get("code").asText()));
                cells.add(row == null ? Cell.BLANK : Cell.text(row.get("name").asText()));
                cells.add(row == null ? Cell.BLANK : amount(row, "决算数"));
            }
            rows.add(new TableRow(rows.size() + 1, RowStyle.PLAIN, cells));
        }
        return rows;
    }

    /** A printed 0.00 is kept as a printed zero: the rules read it as 0 either way. */
    private static Cell amount(JsonNode row, String column) {
        return row.has(column) ? new Cell(null, new BigDecimal(row.get(column).asText())) : Cell.BLANK;
    }
}
