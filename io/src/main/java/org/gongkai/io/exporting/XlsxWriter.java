package org.gongkai.io.exporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.tables.Cell;
import org.gongkai.core.tables.HeaderCell;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * The package as a workbook (Apache POI): one sheet per standard table in the official layout — title, department/
 * year/unit line, merged multi-level header, 栏次, 序号, amounts as numbers formatted #,##0.00 with blanks left
 * blank, frozen header, A4 landscape fitted to width with the header repeated — then sheets for the explanation, the
 * project performance tables, procurement and assets. The importer reads it back to the same model.
 */
public final class XlsxWriter {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle amount;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle title;

    private XlsxWriter() {
        amount = bordered();
        amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        header = bordered();
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        var bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        text = bordered();
        title = workbook.createCellStyle();
        var big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        title.setFont(big);
    }

    public static void write(PackageContent content, OutputStream out) throws IOException {
        XlsxWriter writer = new XlsxWriter();
        writer.fill(content);
        writer.workbook.write(out);
        writer.workbook.close();
    }

    private void fill(PackageContent content) {
        Sheet explanation = null;
        Sheet projects = null;
        Sheet current = null;
        String section = "";
        for (PackageContent.Part part : content.parts()) {
            if (part instanceof PackageContent.Table t) {
                table(t.table());
                continue;
            }
            if (explanation == null && part instanceof PackageContent.Heading h && h.level() == 1 && h.text().endsWith("情况说明")) {
                explanation = sheet("情况说明");
                current = explanation;
            }
            if (current == null) {
                continue;
            }
            if (part instanceof PackageContent.Heading h) {
                if (h.level() == 2) {
                    section = h.text();
                    current = explanation;
                }
                if (h.level() == 3 && h.text().endsWith("绩效目标表")) {
                    projects = projects == null ? sheet("项目绩效目标") : projects;
                    current = projects;
                }
                line(current, h.text(), title);
            } else if (part instanceof PackageContent.Paragraph p) {
                line(current, p.printed(), null);
            } else if (part instanceof PackageContent.Grid g) {
                Sheet target = current;
                if (section.contains("政府采购") || section.contains("国有资产")) {
                    target = sheet(section.contains("政府采购") ? "政府采购" : "国有资产");
                    line(target, section, title);
                }
                grid(target, g);
                line(target, "", null);
            }
        }
    }

    private void table(StatementTable table) {
        Sheet sheet = sheet(table.kind().number() + " " + table.title().replace("部门预算", "").replace("“", "").replace("”", ""));
        int width = table.columns().size() + 1;
        line(sheet, table.kind().number() + "、" + table.title(), title);
        line(sheet, table.departmentLine() + "    " + table.yearLabel() + "    单位：" + table.unit(), null);
        int headerTop = sheet.getLastRowNum() + 1;
        List<List<HeaderCell>> rows = table.header();
        boolean[][] taken = new boolean[rows.size()][width];
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(headerTop + r);
            for (int c = 0; c < width; c++) {
                row.createCell(c).setCellStyle(header);
            }
        }
        sheet.getRow(headerTop).getCell(0).setCellValue("序号");
        merge(sheet, headerTop, headerTop + rows.size() - 1, 0, 0);
        for (int r = 0; r < rows.size(); r++) {
            int c = 1;
            for (HeaderCell cell : rows.get(r)) {
                while (c < width && taken[r][c]) {
                    c++;
                }
                sheet.getRow(headerTop + r).getCell(c).setCellValue(cell.text());
                for (int dr = 0; dr < cell.rowspan(); dr++) {
                    for (int dc = 0; dc < cell.colspan() && c + dc < width; dc++) {
                        taken[r + dr][c + dc] = true;
                    }
                }
                merge(sheet, headerTop + r, headerTop + r + cell.rowspan() - 1, c, c + cell.colspan() - 1);
                c += cell.colspan();
            }
        }
        Row numbers = sheet.createRow(headerTop + rows.size());
        numbers.createCell(0).setCellValue("栏次");
        numbers.getCell(0).setCellStyle(header);
        for (int c = 1; c < width; c++) {
            numbers.createCell(c).setCellValue(c);
            numbers.getCell(c).setCellStyle(header);
        }
        int top = sheet.getLastRowNum() + 1;
        for (TableRow tableRow : table.rows()) {
            Row row = sheet.createRow(top++);
            row.createCell(0).setCellValue(tableRow.seq());
            row.getCell(0).setCellStyle(text);
            for (int c = 0; c < tableRow.cells().size(); c++) {
                Cell cell = tableRow.cell(c);
                var out = row.createCell(c + 1);
                if (table.columns().get(c).amounts()) {
                    out.setCellStyle(amount);
                    if (cell.amount() != null) {
                        out.setCellValue(cell.amount().doubleValue());
                    }
                } else {
                    out.setCellStyle(text);
                    out.setCellValue(cell.text() == null ? "" : cell.text());
                }
            }
        }
        if (table.note() != null) {
            line(sheet, table.note(), null);
        }
        sheet.createFreezePane(0, headerTop + rows.size() + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerTop, headerTop + rows.size(), -1, -1));
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, c == 0 ? 6 * 256 : table.columns().get(c - 1).amounts() ? 14 * 256 : 24 * 256);
        }
    }

    private void grid(Sheet sheet, PackageContent.Grid grid) {
        List<List<String>> rows = grid.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(sheet.getLastRowNum() + 1);
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                row.createCell(c).setCellValue(cells.get(c));
                row.getCell(c).setCellStyle(grid.header(r) ? header : text);
            }
        }
    }

    private Sheet sheet(String name) {
        Sheet sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        return sheet;
    }

    private static void line(Sheet sheet, String value, CellStyle style) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows() == 0 ? 0 : sheet.getLastRowNum() + 1);
        var cell = row.createCell(0);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void merge(Sheet sheet, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (lastRow > firstRow || lastColumn > firstColumn) {
            sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
        }
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

}
