package org.gongkai.io.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What the template tests do to a written workbook: open it, type into it as a department would, look at its aids. */
final class Workbooks {

    private Workbooks() {
    }

    static XSSFWorkbook open(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** The workbook after {@code typing}, saved. */
    static byte[] fill(byte[] template, Consumer<Workbook> typing) throws Exception {
        try (Workbook workbook = open(template)) {
            typing.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Typed values into a row from the given cell rightwards, as a department would; a name formula is left as it is. */
    static void set(Workbook workbook, String sheet, String first, String... values) {
        CellReference start = new CellReference(first);
        Sheet target = workbook.getSheet(sheet);
        Row row = target.getRow(start.getRow()) != null ? target.getRow(start.getRow()) : target.createRow(start.getRow());
        for (int i = 0; i < values.length; i++) {
            int column = start.getCol() + i;
            if (row.getCell(column) != null && row.getCell(column).getCellType() == CellType.FORMULA) {
                continue;
            }
            row.createCell(column).setCellValue(values[i]);
        }
    }

    /** The row whose first cell is the label (a 基本信息 field, a 三公 row). */
    static int rowOf(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row " + label);
    }

    /**
     * The text of the 填写说明 sheet, after checking that it comes first, opens with the workbook and names every sheet
     * the department fills and every column of it.
     */
    static String instructions(Workbook workbook) {
        Sheet instructions = workbook.getSheetAt(0);
        assertThat(instructions.getSheetName()).isEqualTo("填写说明");
        assertThat(workbook.getActiveSheetIndex()).isZero();
        String text = text(instructions);
        for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i)) {
                assertThat(text).as("sheet " + workbook.getSheetName(i)).contains("“" + workbook.getSheetName(i) + "”");
                for (Cell header : workbook.getSheetAt(i).getRow(0)) {
                    assertThat(text).as(workbook.getSheetName(i) + " column").contains(header.getStringCellValue());
                }
            }
        }
        return text;
    }

    /** Every cell of the sheet as shown, one a line. */
    static String text(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder text = new StringBuilder();
        for (Row row : sheet) {
            for (Cell cell : row) {
                text.append(formatter.formatCellValue(cell)).append('\n');
            }
        }
        return text.toString();
    }

    /** The entries a column drops down from a named range of the hidden code sheet. */
    static List<String> listOf(XSSFWorkbook workbook, String sheet, int column) {
        DataValidation validation = validation(workbook.getSheet(sheet), column);
        assertThat(validation.getValidationConstraint().getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
        Name name = workbook.getName(validation.getValidationConstraint().getFormula1());
        assertThat(name).as("a named range, not an inline list").isNotNull();
        AreaReference area = new AreaReference(name.getRefersToFormula(), workbook.getSpreadsheetVersion());
        Sheet codes = workbook.getSheet(area.getFirstCell().getSheetName());
        List<String> entries = new ArrayList<>();
        for (CellReference cell : area.getAllReferencedCells()) {
            entries.add(codes.getRow(cell.getRow()).getCell(cell.getCol()).getStringCellValue());
        }
        return entries;
    }

    /** The data validation of a column's first input row. */
    static DataValidation validation(Sheet sheet, int column) {
        return validationAt(sheet, 1, column);
    }

    static DataValidation validationAt(Sheet sheet, int row, int column) {
        return sheet.getDataValidations().stream()
                .filter(v -> List.of(v.getRegions().getCellRangeAddresses()).stream().anyMatch(r -> r.isInRange(row, column)))
                .findFirst().orElseThrow(() -> new AssertionError(sheet.getSheetName() + " " + column + " 列没有数据验证"));
    }
}
