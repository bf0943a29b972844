package org.gongkai.io.template;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.budget.Department;
import org.gongkai.core.classification.CatalogEntry;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.YearCatalog;

/**
 * A data-entry workbook being written, of either {@link TemplateForm}: a 填写说明 sheet first, then the form's sheets
 * with their headers and whatever values the writer puts in, and on {@link #finish} the hidden 代码 sheet, each
 * column's drop-down, prompt or name formula, and the 填写说明 written from the form. Code columns drop down the year's
 * codes with their names (from 代码), the name beside a code follows it by formula, and code, choice and amount cells
 * prompt for what they take.
 */
final class TemplateWorkbook {

    /** Rows under each header that carry drop-downs, prompts and name formulas: far more than a department's lines. */
    static final int INPUT_ROWS = 2000;

    /** Named ranges of the 代码 sheet: code and name (for the name formulas), and 「code name」 (for the drop-downs). */
    static final String FUNCTION_NAMES = "功能分类科目";
    static final String FUNCTION_CHOICES = "功能分类科目选项";
    static final String ECONOMIC_NAMES = "经济分类科目";
    static final String ECONOMIC_CHOICES = "经济分类科目选项";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final TemplateForm form;
    private final YearCatalog catalog;
    private final CodeLists codes;
    private final Sheet instructions;

    TemplateWorkbook(TemplateForm form, YearCatalog catalog) {
        this.form = form;
        this.catalog = catalog;
        codes = CodeLists.of(catalog);
        instructions = workbook.createSheet(TemplateLabels.INSTRUCTIONS);
        form.sheets().forEach(this::create);
    }

    /** One of the form's sheets, to write values under its header. */
    Sheet sheet(TemplateSheet layout) {
        return workbook.getSheet(layout.name());
    }

    /** A sheet with its header row, frozen, its columns as wide as what they take. */
    private Sheet create(TemplateSheet layout) {
        Sheet sheet = workbook.createSheet(layout.name());
        row(sheet, layout.headers().toArray());
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < layout.columns().size(); c++) {
            sheet.setColumnWidth(c, (layout.columns().get(c).input() == ColumnInput.FUNCTION_CODE
                    || layout.columns().get(c).input() == ColumnInput.ECONOMIC_CODE ? 30 : 18) * 256);
        }
        return sheet;
    }

    /** The 基本信息 sheet: each field of the form a row, its value (null for none) beside it. */
    void info(Map<TemplateColumn, Object> values) {
        Sheet info = sheet(form.info());
        form.infoFields().forEach(field -> row(info, field.header(), values.get(field)));
    }

    /** A function code cell, 「2010101 行政运行」, and the name the formula beside it shows. */
    Object[] function(FunctionCode code) {
        String name = catalog.functionName(code);
        return new Object[] {CellValues.codeWithName(code.value(), name), name};
    }

    /** An economic code cell, 「30101 基本工资」, and the name the formula beside it shows. */
    Object[] economic(EconomicCode code) {
        String name = catalog.economicName(code);
        return new Object[] {CellValues.codeWithName(code.value(), name), name};
    }

    /** Adds the 代码 sheet, the input aids and the 填写说明, and writes the workbook out. */
    void finish(Department department, OutputStream out) throws IOException {
        codeList();
        for (TemplateSheet layout : form.sheets()) {
            inputAids(workbook.getSheet(layout.name()), layout);
        }
        TemplateInstructions.write(instructions, form, department, codes);
        workbook.setActiveSheet(0);
        // POI computes no formula results; Excel and WPS recompute the name formulas of rows typed after this on open.
        workbook.setForceFormulaRecalculation(true);
        try (workbook) {
            workbook.write(out);
        }
    }

    /** A row under the last one: amounts as their plain digits, whole numbers as numbers, null as an empty cell. */
    static void row(Sheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof BigDecimal number) {
                row.createCell(c).setCellValue(number.toPlainString());
            } else if (v instanceof Integer number) {
                row.createCell(c).setCellValue(number);
            } else if (v != null) {
                row.createCell(c).setCellValue(v.toString());
            }
        }
    }

    /** The values of a row: each an array spread into its cells, or one cell. */
    static Object[] cells(Object... parts) {
        return Arrays.stream(parts).flatMap(p -> p instanceof Object[] many ? Arrays.stream(many) : Stream.of(p)).toArray();
    }

    static String yesNo(boolean yes) {
        return yes ? TemplateLabels.YES : TemplateLabels.NO;
    }

    static Object value(Object value) {
        return value == null ? "" : value;
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    /**
     * The hidden 代码 sheet: the year's 项 codes and 经济分类款 codes, each with its name and as 「code name」, and the
     * named ranges the drop-downs and name formulas use (a list of several hundred items is too long to write inline).
     */
    private void codeList() {
        Sheet sheet = workbook.createSheet(TemplateLabels.CODE_LIST);
        Row header = sheet.createRow(0);
        List<String> headers = List.of("功能分类科目编码", "科目名称", "下拉选项", "经济分类科目编码", "科目名称", "下拉选项");
        for (int c = 0; c < headers.size(); c++) {
            header.createCell(c).setCellValue(headers.get(c));
            sheet.setColumnWidth(c, 20 * 256);
        }
        codeColumns(sheet, 0, codes.functions(), FUNCTION_NAMES, FUNCTION_CHOICES);
        codeColumns(sheet, 3, codes.economics(), ECONOMIC_NAMES, ECONOMIC_CHOICES);
        workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
    }

    private void codeColumns(Sheet sheet, int first, List<CatalogEntry> entries, String names, String choices) {
        for (int i = 0; i < entries.size(); i++) {
            Row row = sheet.getRow(i + 1) != null ? sheet.getRow(i + 1) : sheet.createRow(i + 1);
            CatalogEntry entry = entries.get(i);
            row.createCell(first).setCellValue(entry.code());
            row.createCell(first + 1).setCellValue(entry.name());
            row.createCell(first + 2).setCellValue(CellValues.codeWithName(entry.code(), entry.name()));
        }
        name(names, sheet, first, first + 1, entries.size());
        name(choices, sheet, first + 2, first + 2, entries.size());
    }

    private void name(String name, Sheet sheet, int firstColumn, int lastColumn, int rows) {
        Name range = workbook.createName();
        range.setNameName(name);
        range.setRefersToFormula(new AreaReference(new CellReference(sheet.getSheetName(), 1, firstColumn, true, true),
                new CellReference(sheet.getSheetName(), rows, lastColumn, true, true), SpreadsheetVersion.EXCEL2007).formatAsString());
    }

    /** Each column's drop-down, prompt or name formula, as its input asks; 基本信息 has them on its value cells. */
    private void inputAids(Sheet sheet, TemplateSheet layout) {
        if (layout == form.info()) {
            for (int i = 0; i < form.infoFields().size(); i++) {
                inputAid(sheet, form.infoFields().get(i), new CellRangeAddressList(i + 1, i + 1, 1, 1));
            }
            return;
        }
        List<TemplateColumn> columns = layout.columns();
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).input() == ColumnInput.CODE_NAME) {
                nameFormulas(sheet, c, columns.get(c - 1).input() == ColumnInput.FUNCTION_CODE ? FUNCTION_NAMES : ECONOMIC_NAMES);
            } else {
                inputAid(sheet, columns.get(c), new CellRangeAddressList(1, INPUT_ROWS, c, c));
            }
        }
    }

    private void inputAid(Sheet sheet, TemplateColumn column, CellRangeAddressList cells) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint constraint = switch (column.input()) {
            case TEXT, CODE_NAME -> null;
            case CHOICE -> helper.createExplicitListConstraint(column.choices().toArray(String[]::new));
            case FUNCTION_CODE -> helper.createFormulaListConstraint(FUNCTION_CHOICES);
            case ECONOMIC_CODE -> helper.createFormulaListConstraint(ECONOMIC_CHOICES);
            case MONEY, VALUE, NUMBER, PERCENT -> helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL,
                    "0", null);
            case COUNT -> helper.createIntegerConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
        };
        if (constraint == null) {
            return;
        }
        DataValidation validation = helper.createValidation(constraint, cells);
        validation.setShowPromptBox(true);
        validation.createPromptBox(column.header(), InputHelp.rule(column, codes));
        validation.setShowErrorBox(true);
        validation.createErrorBox(InputHelp.errorTitle(column.input()), InputHelp.errorText(column, codes));
        // Only a choice is refused in Excel: a bare code or 「120万」 fails Excel's check but is read on upload.
        validation.setErrorStyle(column.input() == ColumnInput.CHOICE ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    /**
     * The name column shows the official name of the code to its left, whether the code is picked as 「2010101 行政运行」
     * or typed as 2010101 (number or text); a written row keeps the name as the formula's last result so it shows
     * before any recalculation.
     */
    private void nameFormulas(Sheet sheet, int column, String names) {
        for (int r = 1; r <= INPUT_ROWS; r++) {
            Row row = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
            Cell cell = row.getCell(column) != null ? row.getCell(column) : row.createCell(column);
            if (cell.getStringCellValue().isEmpty()) {
                cell.setCellValue("");
            }
            String code = "TRIM(SUBSTITUTE(" + new CellReference(r, column - 1).formatAsString() + "&\"\",\"\u3000\",\" \"))";
            cell.setCellFormula("IFERROR(VLOOKUP(LEFT(" + code + ",FIND(\" \"," + code + "&\" \")-1)," + names + ",2,FALSE),\"\")");
        }
    }
}
