package org.gongkai.io.inspection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;
import org.gongkai.io.exporting.HtmlWriter;
import org.gongkai.io.inspection.region.RegionFinding;
import org.gongkai.io.json.GongkaiJson;

/** The inspection report as XLSX (one row per document, a sheet of all findings), sortable HTML, or JSON. */
public final class ReportWriters {

    public enum Format { xlsx, html, json }

    private ReportWriters() {
    }

    /** The format a report file's name asks for (.xlsx, .html/.htm or .json). */
    public static Format formatOf(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return Format.xlsx;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return Format.html;
        }
        if (lower.endsWith(".json")) {
            return Format.json;
        }
        throw new IllegalArgumentException("报告文件应以 .xlsx、.html 或 .json 结尾：" + fileName);
    }

    /** A report written as JSON, read back (the server keeps finished reports this way). */
    public static InspectionReport readJson(String json) throws IOException {
        return GongkaiJson.mapper().readValue(json, InspectionReport.class);
    }

    public static void write(InspectionReport report, Format format, OutputStream out) throws IOException {
        switch (format) {
            case xlsx -> xlsx(report, out);
            case html -> out.write(html(report).getBytes(StandardCharsets.UTF_8));
            case json -> GongkaiJson.mapper().writerWithDefaultPrettyPrinter().writeValue(out, report);
        }
    }

    // ---- XLSX

    /** 类别 (预算 or 决算) comes last, so that the columns before it stay where readers of earlier reports find them. */
    private static final String[] DOCUMENT_COLUMNS = {"序号", "文件", "状态", "说明", "部门编码", "部门名称", "年度", "总分", "完整性",
        "一致性", "时效", "错误", "警告", "提示", "未识别内容", "缺少或不全的项目", "类别"};

    private static final String[] REGION_COLUMNS = {"规则", "级别", "部门", "涉及文件", "位置", "说明"};

    private static void xlsx(InspectionReport report, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet documents = workbook.createSheet("文档");
            header(documents, bold, DOCUMENT_COLUMNS);
            for (Scorecard c : report.documents()) {
                row(documents, c.number(), c.file(), c.status().chinese(), c.reason(), c.departmentCode(), c.departmentName(), c.year(),
                        c.score().doubleValue(), measured(c, c.completenessRatio()), measured(c, c.consistency()), c.timeliness().chinese(),
                        c.count(Severity.ERROR), c.count(Severity.WARNING), c.count(Severity.INFO), c.unparsed(), gaps(c), c.kindName());
            }
            Sheet findings = workbook.createSheet("问题");
            header(findings, bold, "序号", "文件", "部门名称", "规则", "级别", "位置", "说明");
            for (Scorecard c : report.documents()) {
                for (Finding f : c.findings()) {
                    row(findings, c.number(), c.file(), c.departmentName(), f.rule(), f.severity().chinese(), f.location(), f.message());
                }
            }
            Sheet ranking = workbook.createSheet("排名");
            header(ranking, bold, "名次", "部门编码", "部门名称", "年度", "总分", "错误", "警告", "文件", "类别");
            for (InspectionReport.Ranked r : report.summary().ranking()) {
                row(ranking, r.rank(), r.departmentCode(), r.departmentName(), r.year(), r.score().doubleValue(), r.errors(), r.warnings(),
                        r.file(), r.kind());
            }
            Sheet frequent = workbook.createSheet("常见问题");
            header(frequent, bold, "规则", "级别", "规则说明", "涉及文档数", "出现次数");
            for (InspectionReport.Frequent f : report.summary().frequentFindings()) {
                row(frequent, f.rule(), f.severity(), f.description(), f.documents(), f.occurrences());
            }
            Sheet region = workbook.createSheet("跨文件与名单");
            header(region, bold, REGION_COLUMNS);
            for (RegionFinding f : report.region()) {
                row(region, f.rule(), f.severity().chinese(), f.department(), String.join("\n", f.files()), f.location(), f.message());
            }
            Sheet summary = workbook.createSheet("概况");
            InspectionReport.Summary s = report.summary();
            row(summary, "文档数", s.documents());
            row(summary, "已检查", s.checked());
            row(summary, "无法读取", s.unreadable());
            row(summary, "重复文件", s.duplicates());
            row(summary, "并入另一文件", s.parts());
            row(summary, "平均分", s.averageScore().doubleValue());
            row(summary, "用时（秒）", s.millis() / 1000.0);
            row(summary, "每秒文档数", s.documentsPerSecond().doubleValue());
            row(summary, "评分方法", "总分 = 100 ×（0.4 × 完整性 + 0.4 × 一致性 + 0.2 × 时效）；无日期时 100 ×（0.5 × 完整性 + 0.5 × 一致性）。"
                    + "一致性 = max(0, 100 − 10 × 错误 − 3 × 警告) / 100；时效按时为 1，逾期为 max(0, 1 − 逾期天数 / 20)。");
            for (Sheet sheet : List.of(documents, findings, ranking, frequent, region)) {
                sheet.createFreezePane(0, 1);
                for (int col = 0; col < 8; col++) {
                    sheet.setColumnWidth(col, col == 1 || col == 5 ? 40 * 256 : 14 * 256);
                }
            }
            workbook.setSheetOrder("概况", 0);
            workbook.setActiveSheet(1);
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static String gaps(Scorecard c) {
        return c.completeness().stream().filter(i -> i.credit().compareTo(java.math.BigDecimal.ONE) < 0)
                .map(i -> i.name() + "（" + i.state() + "）").reduce((a, b) -> a + "；" + b).orElse("");
    }

    /** A document that could not be read, or a part measured on its other part's row, has no completeness or consistency to show. */
    private static String measured(Scorecard c, java.math.BigDecimal ratio) {
        return c.status() == Scorecard.Status.UNREADABLE || c.status() == Scorecard.Status.PART ? "—" : percent(ratio);
    }

    private static String percent(java.math.BigDecimal ratio) {
        return ratio.multiply(java.math.BigDecimal.valueOf(100)).setScale(1, java.math.RoundingMode.HALF_UP) + "%";
    }

    private static void header(Sheet sheet, CellStyle bold, String... names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(bold);
        }
    }

    private static void row(Sheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v != null) {
                String text = v.toString();
                // Excel keeps at most 32,767 characters in a cell.
                row.createCell(i).setCellValue(text.length() > 32_000 ? text.substring(0, 32_000) + "…" : text);
            }
        }
    }

    // ---- HTML

    private static String html(InspectionReport report) {
        InspectionReport.Summary s = report.summary();
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>预决算公开检查报告</title><style>
                body{font-family:"Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;margin:1.5em;color:#1f2328}
                table{border-collapse:collapse;margin:.5em 0 1.5em;font-size:14px}th,td{border:1px solid #d1d9e0;padding:.2em .45em;vertical-align:top}
                th{background:#f6f8fa;text-align:left;white-space:nowrap}#documents td:nth-child(3),#ranking td:nth-child(2){min-width:12em}
                #documents td:nth-child(2){word-break:break-all;min-width:10em}#documents td:nth-child(10){white-space:nowrap}th[data-sort]{cursor:pointer}th[aria-sort=ascending]::after{content:" ▲"}
                th[aria-sort=descending]::after{content:" ▼"}td.num{text-align:right;font-variant-numeric:tabular-nums}
                .ERROR{color:#b3261e}.WARNING{color:#9a6700}tr:target td{background:#fff8c5}.muted{color:#59636e;font-size:13px}
                </style></head><body>
                <h1>预决算公开检查报告</h1>
                """);
        html.append("<p>共 ").append(s.documents()).append(" 份文件：已检查 ").append(s.checked()).append("，无法读取 ").append(s.unreadable())
                .append("，重复 ").append(s.duplicates()).append(s.parts() > 0 ? "，并入另一文件合并检查 " + s.parts() : "").append("；平均分 ").append(s.averageScore()).append("；用时 ")
                .append(s.millis() / 1000.0).append(" 秒（每秒 ").append(s.documentsPerSecond()).append(" 份）。</p>\n");
        html.append("<p class=\"muted\">总分 = 100 ×（0.4 × 完整性 + 0.4 × 一致性 + 0.2 × 时效），无日期时 100 ×（0.5 × 完整性 + 0.5 × 一致性）；"
                + "一致性 = max(0, 100 − 10 × 错误 − 3 × 警告) / 100；时效按时为 1，逾期为 max(0, 1 − 逾期天数 / 20)。点击表头排序。</p>\n");
        html.append("<h2>文档</h2>\n<table id=\"documents\" class=\"sortable\"><thead><tr>");
        for (String column : new String[] {"序号", "文件", "部门", "年度", "类别", "状态", "总分", "完整性", "一致性", "时效", "错误", "警告", "说明"}) {
            html.append("<th scope=\"col\" data-sort>").append(column).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (Scorecard c : report.documents()) {
            html.append("<tr id=\"doc-").append(c.number()).append("\"><td class=\"num\">").append(c.number()).append("</td><td>")
                    .append(c.findings().isEmpty() ? e(c.file()) : "<a href=\"#findings-" + c.number() + "\">" + e(c.file()) + "</a>")
                    .append("</td><td>").append(e(c.departmentName())).append("</td><td>").append(c.year() == null ? "" : c.year())
                    .append("</td><td>").append(c.kindName()).append("</td><td>").append(c.status().chinese()).append("</td><td class=\"num\">").append(c.score())
                    .append("</td><td class=\"num\">").append(measured(c, c.completenessRatio())).append("</td><td class=\"num\">")
                    .append(measured(c, c.consistency())).append("</td><td>").append(e(c.timeliness().chinese())).append("</td><td class=\"num\">")
                    .append(c.count(Severity.ERROR)).append("</td><td class=\"num\">").append(c.count(Severity.WARNING))
                    .append("</td><td>").append(e(c.reason() == null ? gaps(c) : c.reason() + (gaps(c).isEmpty() ? "" : "；" + gaps(c))))
                    .append("</td></tr>\n");
        }
        html.append("</tbody></table>\n<h2>排名</h2>\n<table id=\"ranking\" class=\"sortable\"><thead><tr>");
        for (String column : new String[] {"名次", "部门", "年度", "类别", "总分", "错误", "警告"}) {
            html.append("<th scope=\"col\" data-sort>").append(column).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (InspectionReport.Ranked r : s.ranking()) {
            html.append("<tr><td class=\"num\">").append(r.rank()).append("</td><td><a href=\"#doc-").append(r.document()).append("\">")
                    .append(e(r.departmentName())).append("</a></td><td>").append(r.year()).append("</td><td>").append(e(r.kind()))
                    .append("</td><td class=\"num\">")
                    .append(r.score()).append("</td><td class=\"num\">").append(r.errors()).append("</td><td class=\"num\">")
                    .append(r.warnings()).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n<h2>常见问题</h2>\n<table id=\"frequent\"><thead><tr><th>规则</th><th>级别</th><th>规则说明</th>"
                + "<th>涉及文档数</th><th>出现次数</th></tr></thead><tbody>\n");
        for (InspectionReport.Frequent f : s.frequentFindings()) {
            html.append("<tr><td>").append(e(f.rule())).append("</td><td>").append(e(f.severity())).append("</td><td>")
                    .append(e(f.description())).append("</td><td class=\"num\">").append(f.documents()).append("</td><td class=\"num\">")
                    .append(f.occurrences()).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
        regionHtml(report, html);
        html.append("<h2>各文档问题</h2>\n");
        for (Scorecard c : report.documents()) {
            if (c.findings().isEmpty()) {
                continue;
            }
            html.append("<h3 id=\"findings-").append(c.number()).append("\">").append(c.number()).append(". ").append(e(c.file()))
                    .append(" <a class=\"muted\" href=\"#doc-").append(c.number()).append("\">↑</a></h3>\n<table><thead><tr><th>规则</th><th>级别</th>"
                            + "<th>位置</th><th>说明</th></tr></thead><tbody>\n");
            for (int i = 0; i < c.findings().size(); i++) {
                Finding f = c.findings().get(i);
                html.append("<tr id=\"f-").append(c.number()).append('-').append(i + 1).append("\"><td>").append(e(f.rule()))
                        .append("</td><td class=\"").append(f.severity().name()).append("\">").append(f.severity().chinese())
                        .append("</td><td>").append(e(f.location())).append("</td><td>").append(e(f.message())).append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        html.append(SORTING).append("</body></html>\n");
        return html.toString();
    }

    /** The findings across documents and against the roster, one row each. */
    private static void regionHtml(InspectionReport report, StringBuilder html) {
        html.append("<h2 id=\"region\">跨文件与名单</h2>\n");
        if (report.region().isEmpty()) {
            html.append("<p class=\"muted\">未发现跨文件或名单问题。</p>\n");
            return;
        }
        html.append("<table id=\"region-findings\" class=\"sortable\"><thead><tr>");
        for (String column : REGION_COLUMNS) {
            html.append("<th scope=\"col\" data-sort>").append(column).append("</th>");
        }
        html.append("</tr></thead><tbody>\n");
        for (int i = 0; i < report.region().size(); i++) {
            RegionFinding f = report.region().get(i);
            html.append("<tr id=\"r-").append(i + 1).append("\"><td>").append(e(f.rule())).append("</td><td class=\"")
                    .append(f.severity().name()).append("\">").append(f.severity().chinese()).append("</td><td>").append(e(f.department()))
                    .append("</td><td>").append(e(String.join("；", f.files()))).append("</td><td>").append(e(f.location()))
                    .append("</td><td>").append(e(f.message())).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    private static String e(String text) {
        return HtmlWriter.escape(text);
    }

    /** Click a header to sort by it (numbers as numbers); click again to reverse. No library, works offline. */
    private static final String SORTING = """
            <script>
            document.querySelectorAll('table.sortable th[data-sort]').forEach(function (th, _, all) {
              th.addEventListener('click', function () {
                var table = th.closest('table'), body = table.tBodies[0], index = Array.prototype.indexOf.call(th.parentNode.children, th);
                var ascending = th.getAttribute('aria-sort') !== 'ascending';
                th.parentNode.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = a.cells[index].textContent.trim(), y = b.cells[index].textContent.trim();
                  var nx = parseFloat(x), ny = parseFloat(y);
                  var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y, 'zh-CN');
                  return ascending ? c : -c;
                });
                rows.forEach(function (r) { body.appendChild(r); });
              });
            });
            </script>
            """;
}
