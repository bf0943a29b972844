package org.gongkai.io.importing.read;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.Cells;
import org.gongkai.io.importing.source.SourceDocument;

/**
 * Reads a workbook (XLSX, with Apache POI), one sheet per table or everything in one sheet: a row with a single
 * filled cell is a line of text (a title, the department line, a note), other rows are table rows. Numbers are
 * read as displayed, so 8900.03 stays 8900.03.
 */
public final class XlsxReader {

    private XlsxReader() {
    }

    /** Counts the workbook's cells before loading it: one over {@link ReadLimits#maxCells()} is refused unread. */
    public static SourceDocument read(String name, byte[] xlsx) throws IOException {
        OfficeCensus.requireWorkbookWithin(name, xlsx, ReadLimits.STANDARD);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return read(name, workbook);
        }
    }

    /**
     * Reads an Excel 97–2003 workbook (OLE2 .xls, what many finance bureaus still publish): its size is already bound
     * by the file limit, and its cells are counted before any is read.
     */
    public static SourceDocument readXls(String name, byte[] xls) throws IOException {
        return readXls(name, new org.apache.poi.hssf.usermodel.HSSFWorkbook(new ByteArrayInputStream(xls)));
    }

    /** An Excel 97–2003 workbook already opened from its compound file (an .xls, or a WPS .et); closes it. */
    static SourceDocument readXls(String name, Workbook opened) throws IOException {
        try (Workbook workbook = opened) {
            long cells = 0;
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    cells += Math.max(0, row.getLastCellNum());
                }
            }
            ReadLimits.STANDARD.requireCells(name, "工作簿", cells);
            return read(name, workbook);
        }
    }

    private static SourceDocument read(String name, Workbook workbook) {
        List<Block> blocks = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        {
            for (Sheet sheet : workbook) {
                List<List<String>> grid = new ArrayList<>();
                int gridStart = 0;
                boolean merged = sheet.getNumMergedRegions() > 0;
                for (Row row : sheet) {
                    ReadLimits.stopIfInterrupted(name);
                    List<String> cells = spread(sheet, row, cells(row, formatter));
                    long filled = cells.stream().filter(c -> !c.isBlank()).count();
                    String where = "工作表“" + sheet.getSheetName() + "”第 " + (row.getRowNum() + 1) + " 行";
                    if (filled == 0) {
                        continue;
                    }
                    // A lone filled cell in a row that has no other cells is a line of text; a row with more (even empty,
                    // bordered) cells belongs to a table.
                    boolean line = filled == 1 && !cells.get(0).isBlank() && cells.size() <= 1
                            // Above a table, a title in a wide bordered row, or labelled lines ("预算单位：… 单位：元").
                            || grid.isEmpty() && (filled == 1 && !cells.get(0).isBlank()
                            || cells.stream().filter(c -> !c.isBlank()).allMatch(c -> c.contains("：") || c.contains(":")));
                    if (line && grid.isEmpty()) {
                        blocks.add(new Block.Text(String.join("    ", cells.stream().filter(c -> !c.isBlank()).toList()), 0, where));
                    } else if (line && !Cells.isInteger(cells.get(0))) {
                        blocks.add(new Block.Grid(grid, "工作表“" + sheet.getSheetName() + "”第 " + gridStart + " 行", merged));
                        grid = new ArrayList<>();
                        blocks.add(new Block.Text(cells.get(0), 0, where));
                    } else {
                        gridStart = grid.isEmpty() ? row.getRowNum() + 1 : gridStart;
                        grid.add(cells);
                    }
                }
                if (!grid.isEmpty()) {
                    blocks.add(new Block.Grid(grid, "工作表“" + sheet.getSheetName() + "”第 " + gridStart + " 行", merged));
                }
            }
        }
        return new SourceDocument(name, blocks);
    }

    /**
     * A merged cell that spans columns with a label (a header such as "支出预算" over 合计 | 基本支出 | 项目支出) heads
     * every column it spans: its text is repeated there, as the lattice reader does for ruled PDF tables. Amounts are
     * never repeated.
     */
    private static List<String> spread(Sheet sheet, Row row, List<String> cells) {
        if (sheet.getNumMergedRegions() == 0) {
            return cells;
        }
        List<String> spread = new ArrayList<>(cells);
        for (org.apache.poi.ss.util.CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getFirstRow() != row.getRowNum() || region.getLastColumn() == region.getFirstColumn()
                    || region.getFirstColumn() >= spread.size()) {
                continue;
            }
            String text = spread.get(region.getFirstColumn());
            if (text.isBlank() || Cells.amount(text).isPresent()) {
                continue;
            }
            for (int c = region.getFirstColumn() + 1; c <= region.getLastColumn(); c++) {
                while (spread.size() <= c) {
                    spread.add("");
                }
                if (spread.get(c).isBlank()) {
                    spread.set(c, text);
                }
            }
        }
        return spread;
    }

    /** Numbers at their full precision (a format showing 2413.60 must not lose 2413.603435), the rest as displayed. */
    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            return java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return TextReader.clean(formatter.formatCellValue(cell)).strip();
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : text(cell, formatter));
        }
        return cells;
    }
}
