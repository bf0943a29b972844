package org.gongkai.io.exporting;

import java.util.List;
import org.gongkai.core.tables.Cell;
import org.gongkai.core.tables.HeaderCell;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * One self-contained HTML page: the whole package with its tables as real HTML tables (th with scope, the 栏次
 * row, roll-up rows styled) and print CSS. Every text is escaped, so a name like {@code <script>} shows as text.
 */
public final class HtmlWriter {

    private static final String CSS = """
            body{font-family:"WenQuanYi Micro Hei","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#111}
            h1{font-size:1.5em;border-bottom:2px solid #333}h2{font-size:1.2em;margin-top:1.6em}h3{font-size:1.05em}
            table{border-collapse:collapse;margin:.5em 0 1em;font-size:.85em}
            th,td{border:1px solid #777;padding:.2em .4em;vertical-align:top}th{background:#eee}
            td.amount{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            tr.total td{font-weight:bold;background:#f5f5f5}tr.class td{font-weight:bold}tr.section td{font-style:italic}
            .meta{display:flex;justify-content:space-between;font-size:.85em;max-width:60em}.note{font-size:.85em}
            @page{size:A4 landscape;margin:15mm}
            @media print{body{margin:0}thead{display:table-header-group}tr{page-break-inside:avoid}h2{page-break-before:always}}
            """;

    private HtmlWriter() {
    }

    public static String write(PackageContent content) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">\n<title>")
                .append(escape(content.title())).append("</title>\n<style>").append(CSS).append("</style></head>\n<body>\n<h1>")
                .append(escape(content.title())).append("</h1>\n");
        for (PackageContent.Part part : content.parts()) {
            if (part instanceof PackageContent.Heading h) {
                int level = Math.min(4, h.level() + 1);
                html.append("<h").append(level).append('>').append(escape(h.text())).append("</h").append(level).append(">\n");
            } else if (part instanceof PackageContent.Paragraph p) {
                html.append("<p>").append(escape(p.printed())).append("</p>\n");
            } else if (part instanceof PackageContent.Table t) {
                table(html, t.table());
            } else if (part instanceof PackageContent.Grid g) {
                grid(html, g);
            }
        }
        return html.append("</body></html>\n").toString();
    }

    /** A standard table as HTML, also used by the portal. */
    public static String table(StatementTable table) {
        StringBuilder html = new StringBuilder();
        table(html, table, null);
        return html.toString();
    }

    /** The table with each body row given the id {@code prefix-seq}, so that a link can point at one row. */
    public static String table(StatementTable table, String rowIdPrefix) {
        StringBuilder html = new StringBuilder();
        table(html, table, rowIdPrefix);
        return html.toString();
    }

    private static void table(StringBuilder html, StatementTable table) {
        table(html, table, null);
    }

    private static void table(StringBuilder html, StatementTable table, String rowIdPrefix) {
        html.append("<div class=\"meta\"><span>").append(escape(table.departmentLine())).append("</span><span>")
                .append(table.yearLabel()).append("</span><span>单位：").append(escape(table.unit())).append("</span></div>\n");
        html.append("<table class=\"statement\"><thead>\n");
        List<List<HeaderCell>> header = table.header();
        for (int r = 0; r < header.size(); r++) {
            html.append("<tr>");
            if (r == 0) {
                html.append("<th scope=\"col\" rowspan=\"").append(header.size()).append("\">序号</th>");
            }
            for (HeaderCell cell : header.get(r)) {
                html.append("<th scope=\"col\"").append(cell.colspan() > 1 ? " colspan=\"" + cell.colspan() + "\"" : "")
                        .append(cell.rowspan() > 1 ? " rowspan=\"" + cell.rowspan() + "\"" : "").append('>')
                        .append(escape(cell.text())).append("</th>");
            }
            html.append("</tr>\n");
        }
        html.append("<tr><th scope=\"row\">栏次</th>");
        for (int c = 1; c <= table.columns().size(); c++) {
            html.append("<th>").append(c).append("</th>");
        }
        html.append("</tr>\n</thead><tbody>\n");
        for (TableRow row : table.rows()) {
            html.append("<tr");
            if (rowIdPrefix != null) {
                html.append(" id=\"").append(escape(rowIdPrefix)).append('-').append(row.seq()).append('"');
            }
            html.append(" class=\"").append(row.style().name().toLowerCase(java.util.Locale.ROOT)).append("\"><td>")
                    .append(row.seq()).append("</td>");
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cell(c);
                boolean amount = table.columns().get(c).amounts();
                html.append(amount ? "<td class=\"amount\">" : "<td>")
                        .append(amount ? Formats.amount(cell.amount()) : escape(cell.text() == null ? "" : cell.text())).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody></table>\n");
        if (table.note() != null) {
            html.append("<p class=\"note\">").append(escape(table.note())).append("</p>\n");
        }
    }

    private static void grid(StringBuilder html, PackageContent.Grid grid) {
        html.append("<table>");
        List<List<String>> rows = grid.rows();
        // Only a header at the top is a thead; a 绩效目标表's indicator header below the project's rows is a row of th.
        boolean head = grid.headerFrom() == 0 && grid.headerRows() > 0;
        for (int r = 0; r < rows.size(); r++) {
            boolean header = grid.header(r);
            html.append(r == 0 && head ? "<thead>" : "").append("<tr>");
            for (String cell : rows.get(r)) {
                html.append(header ? "<th scope=\"col\">" : "<td>").append(escape(cell)).append(header ? "</th>" : "</td>");
            }
            html.append("</tr>").append(head && r == grid.headerRows() - 1 ? "</thead>" : "").append('\n');
        }
        html.append("</table>\n");
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
