package org.gongkai.io.inspection.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A department's 整改清单 as a workbook: title, header line, the findings, an empty reply column to fill. */
public final class RectificationXlsx {

    private static final int[] WIDTHS = {6, 12, 9, 40, 50, 50, 30, 36};

    private RectificationXlsx() {
    }

    public static void write(LocatedFindings.Document document, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Sheet sheet = workbook.createSheet("整改清单");
            sheet.createRow(0).createCell(0).setCellValue(Rectification.title(document));
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue(Rectification.header(document));
            Row header = sheet.createRow(3);
            for (int c = 0; c < Rectification.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(Rectification.COLUMNS.get(c));
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            List<List<String>> rows = Rectification.rows(document);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(4 + r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String v = rows.get(r).get(c);
                    if (c == 0) {
                        row.createCell(c).setCellValue(Integer.parseInt(v));
                    } else {
                        row.createCell(c).setCellValue(v.length() > 32_000 ? v.substring(0, 32_000) + "…" : v);
                        row.getCell(c).setCellStyle(wrap);
                    }
                }
            }
            sheet.createFreezePane(0, 4);
            workbook.write(out);
        }
    }
}
