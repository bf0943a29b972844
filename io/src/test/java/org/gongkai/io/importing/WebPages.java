package org.gongkai.io.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.io.importing.read.TextReader;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.SourceDocument;

/**
 * The web-page fixtures (src/test/resources/web, written by hand as a county site publishes them) and the
 * attachments made from them: the 决算's tables as the .xls a finance bureau links under its article.
 */
public final class WebPages {

    /** 青山县农业农村局 2024 部门预算: the 情况说明 is the article, the nine tables are HTML tables; GB2312, declared. */
    public static final String BUDGET = "budget-gb2312.html";
    /** 青山县档案馆 2023 部门决算: the 概况 and 情况说明 are the article, the tables an .xls attachment; UTF-8. */
    public static final String FINAL_ACCOUNTS = "final-accounts-2023.html";
    /** 青山县民政局 2014 "三公" only, in an old table-layout page; GBK without a declared charset. */
    public static final String THREE_PUBLIC = "three-public-2014-gbk.htm";
    /** 青山县城关镇 2023: an HTML5 page whose article carries scripts, styles, an iframe and comments; UTF-8 with BOM. */
    public static final String SCRIPTED = "scripted-township-utf8-bom.html";
    /** Where the 决算 page's attachment link points: the name the site gave the file. */
    static final String FINAL_ACCOUNTS_XLS = "P020240830391245.xls";

    private WebPages() {
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = WebPages.class.getResourceAsStream("/web/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource web/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceDocument read(String resource) {
        return Documents.read(resource, bytes(resource));
    }

    /** The 决算's nine tables as an Excel 97–2003 workbook, one sheet a table, as the bureau attaches it. */
    static byte[] finalAccountsXls() {
        return workbook(new HSSFWorkbook());
    }

    /** The same tables as an XLSX workbook (what a WPS .et saved in the new format holds). */
    static byte[] finalAccountsXlsx() {
        return workbook(new XSSFWorkbook());
    }

    private static byte[] workbook(Workbook workbook) {
        SourceDocument tables = TextReader.read("tables.txt", new String(bytes("final-accounts-2023-tables.txt"), StandardCharsets.UTF_8));
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = null;
            int r = 0;
            for (Block block : tables.blocks()) {
                if (block instanceof Block.Text text && text.text().matches("表\\d+ .*")) {
                    sheet = workbook.createSheet(text.text().substring(0, text.text().indexOf(' ')));
                    r = 0;
                }
                List<List<String>> rows = block instanceof Block.Grid grid ? grid.rows() : List.of(List.of(((Block.Text) block).text()));
                for (List<String> cells : rows) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        cell(row, c, cells.get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Amounts as numbers (a bureau's workbook computes its totals), the rest as text; an empty cell of a table is a
     * blank bordered cell, there as in every real workbook.
     */
    private static void cell(Row row, int c, String text) {
        if (text.isEmpty()) {
            row.createCell(c).setBlank();
            return;
        }
        if (text.matches("[\\d,]+\\.\\d\\d")) {
            row.createCell(c).setCellValue(Double.parseDouble(text.replace(",", "")));
        } else {
            row.createCell(c).setCellValue(text);
        }
    }

    /** A saved page as a browser leaves it — {@code page.html} beside {@code page_files/} — with the given attachments. */
    static Path savedPage(Path folder, String page, String pageAs, List<Attachment> attachments) throws IOException {
        Files.write(folder.resolve(pageAs), bytes(page));
        Path files = Files.createDirectories(folder.resolve(pageAs.replaceAll("\\.[^.]+$", "") + "_files"));
        Files.writeString(files.resolve("style.css"), ".TRS_Editor p { line-height: 1.8; }");
        Files.writeString(files.resolve("jquery.min.js"), "/*! jQuery */ window.$ = function () {};");
        Files.writeString(files.resolve("saved_resource.html"), "<html><body><div class=\"share\">分享到：微信 微博</div></body></html>");
        for (Attachment attachment : attachments) {
            Files.write(folder.resolve(attachment.name()), attachment.bytes());
        }
        return folder;
    }

    record Attachment(String name, byte[] bytes) {
    }
}
