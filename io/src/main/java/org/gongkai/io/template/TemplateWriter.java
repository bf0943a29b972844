package org.gongkai.io.template;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.gongkai.core.budget.AssetRow;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.PaymentMilestone;
import org.gongkai.core.budget.PerformanceGoal;
import org.gongkai.core.budget.ProcurementItem;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.budget.Unit;
import org.gongkai.core.classification.CatalogEntry;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;

/**
 * The data-entry workbook: a 填写说明 sheet, then the sheets of {@link TemplateLabels#SHEETS}, empty or pre-filled from a
 * model. Code columns drop down the year's codes with their names (from the hidden 代码 sheet), the name beside a code
 * follows it by formula, and code, choice and amount cells prompt for what they take.
 */
public final class TemplateWriter {

    /** Rows under each header that carry drop-downs, prompts and name formulas: far more than a department's lines. */
    static final int INPUT_ROWS = 2000;

    /** Named ranges of the 代码 sheet: code and name (for the name formulas), and 「code name」 (for the drop-downs). */
    static final String FUNCTION_NAMES = "功能分类科目";
    static final String FUNCTION_CHOICES = "功能分类科目选项";
    static final String ECONOMIC_NAMES = "经济分类科目";
    static final String ECONOMIC_CHOICES = "经济分类科目选项";

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final YearCatalog catalog;
    private final CodeLists codes;

    private TemplateWriter(YearCatalog catalog) {
        this.catalog = catalog;
        codes = CodeLists.of(catalog);
    }

    /** The workbook with the built-in catalog's codes. */
    public static void write(DepartmentBudget model, OutputStream out) throws IOException {
        write(model, ClassificationCatalog.builtIn().forYear(model.year()), out);
    }

    /** The workbook with the codes of the catalog in force for the department (an official one once loaded). */
    public static void write(DepartmentBudget model, YearCatalog catalog, OutputStream out) throws IOException {
        TemplateWriter writer = new TemplateWriter(catalog);
        writer.fill(model);
        writer.workbook.write(out);
        writer.workbook.close();
    }

    private void fill(DepartmentBudget m) {
        Sheet instructions = workbook.createSheet(TemplateLabels.INSTRUCTIONS);
        values(m);
        codeList();
        for (TemplateSheet layout : TemplateLabels.SHEETS) {
            inputAids(workbook.getSheet(layout.name()), layout);
        }
        TemplateInstructions.write(instructions, m.department(), codes);
        workbook.setActiveSheet(0);
        // POI computes no formula results; Excel and WPS recompute the name formulas of rows typed after this on open.
        workbook.setForceFormulaRecalculation(true);
    }

    private void values(DepartmentBudget m) {
        Map<TemplateColumn, Object> fields = new LinkedHashMap<>();
        fields.put(TemplateLabels.DEPARTMENT_CODE, m.department().code());
        fields.put(TemplateLabels.DEPARTMENT_NAME, m.department().name());
        fields.put(TemplateLabels.YEAR, m.year());
        fields.put(TemplateLabels.OPERATING_COST, m.operatingCost());
        fields.put(TemplateLabels.PREVIOUS_INCOME, m.previousYear() == null ? null : m.previousYear().incomeTotal());
        fields.put(TemplateLabels.PREVIOUS_EXPENDITURE, m.previousYear() == null ? null : m.previousYear().expenditureTotal());
        fields.put(TemplateLabels.PREVIOUS_BASIC, m.previousYear() == null ? null : m.previousYear().basic());
        fields.put(TemplateLabels.PREVIOUS_PROJECT, m.previousYear() == null ? null : m.previousYear().project());
        fields.put(TemplateLabels.ASSETS_AS_OF, m.assets() == null ? null : m.assets().asOf());
        fields.put(TemplateLabels.ASSETS_TOTAL, m.assets() == null ? null : m.assets().total());
        fields.put(TemplateLabels.PLANNED_PURCHASES, m.assets() == null ? null : m.assets().plannedPurchases());
        Sheet info = sheet(TemplateLabels.INFO);
        TemplateLabels.INFO_FIELDS.forEach(field -> row(info, field.header(), fields.get(field)));
        Sheet units = sheet(TemplateLabels.UNITS);
        for (Unit u : m.units()) {
            row(units, u.code(), u.name(), u.nature(), u.rank(), u.fundingForm());
        }
        Sheet income = sheet(TemplateLabels.INCOME);
        for (Income i : m.incomes()) {
            row(income, TemplateLabels.SOURCES.get(i.source()), yesNo(i.carriedOver()), i.amount());
        }
        Sheet spending = sheet(TemplateLabels.SPENDING);
        for (ExpenditureLine l : m.expenditures()) {
            String name = catalog.functionName(l.functionCode());
            row(spending, CellValues.codeWithName(l.functionCode().value(), name), name, TemplateLabels.KINDS.get(l.kind()),
                    TemplateLabels.SOURCES.get(l.source()), yesNo(l.carriedOver()), l.amount());
        }
        Sheet basic = sheet(TemplateLabels.BASIC);
        for (BasicEconomicLine l : m.basicEconomic()) {
            String name = catalog.economicName(l.economicCode());
            row(basic, CellValues.codeWithName(l.economicCode().value(), name), name, TemplateLabels.COSTS.get(l.kind()), l.amount());
        }
        Sheet projects = sheet(TemplateLabels.PROJECTS);
        Sheet indicators = sheet(TemplateLabels.INDICATORS);
        for (Project p : m.projects()) {
            List<Object> cells = new ArrayList<>(List.of(text(p.code()), p.name(), text(p.unitCode()), text(p.unitName()),
                    value(p.amount()), value(p.fiscalFunds()), value(p.otherFunds()), text(p.purpose())));
            for (String period : TemplateLabels.PERIODS) {
                cells.add(p.paymentPlan().stream().filter(x -> x.period().equals(period)).map(PaymentMilestone::percent)
                        .findFirst().map(Object.class::cast).orElse(""));
            }
            cells.add(String.join("\n", p.goals()));
            row(projects, cells.toArray());
            for (Indicator i : p.indicators()) {
                row(indicators, projects.getLastRowNum(), p.name(), text(i.level1()), text(i.level2()), text(i.level3()), text(i.description()),
                        text(i.value()), text(i.basis()));
            }
        }
        Sheet overall = sheet(TemplateLabels.OVERALL);
        for (String goal : m.performance().overallGoals()) {
            row(overall, TemplateLabels.OVERALL_GOAL, "", goal, "");
        }
        for (PerformanceGoal goal : m.performance().goals()) {
            row(overall, TemplateLabels.ITEMISED_GOAL, text(goal.area()), goal.goal(), text(goal.indicator()));
        }
        for (String safeguard : m.performance().safeguards()) {
            row(overall, TemplateLabels.SAFEGUARD, "", safeguard, "");
        }
        Sheet three = sheet(TemplateLabels.THREE_PUBLIC);
        threePublic(three, TemplateLabels.THIS_YEAR_THREE_PUBLIC, m.threePublic().isEmpty() ? null : m.figures().threePublic());
        threePublic(three, TemplateLabels.LAST_YEAR_THREE_PUBLIC, m.threePublicLastYear());
        Sheet procurement = sheet(TemplateLabels.PROCUREMENT);
        for (ProcurementItem p : m.procurement()) {
            row(procurement, text(p.projectName()), value(p.projectBudget()), p.itemName(), text(p.catalogCode()), text(p.unit()),
                    value(p.quantity()), value(p.unitPrice()), p.amount(), value(p.smeReserved()));
        }
        Sheet assets = sheet(TemplateLabels.ASSETS);
        if (m.assets() != null) {
            for (AssetRow r : m.assets().rows()) {
                row(assets, r.category(), value(r.quantity()), value(r.value()));
            }
        }
        Sheet narrative = sheet(TemplateLabels.NARRATIVE);
        TemplateLabels.SECTIONS.forEach((section, label) -> row(narrative, label, text(m.narrative(section))));
    }

    private void threePublic(Sheet sheet, String year, ThreePublicAmounts a) {
        row(sheet, year, a == null ? "" : value(a.abroadTeaching()), a == null ? "" : value(a.abroadOther()),
                a == null ? "" : value(a.vehiclePurchase()), a == null ? "" : value(a.vehicleOperation()), a == null ? "" : value(a.reception()));
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
        if (layout == TemplateLabels.INFO) {
            for (int i = 0; i < TemplateLabels.INFO_FIELDS.size(); i++) {
                inputAid(sheet, TemplateLabels.INFO_FIELDS.get(i), new CellRangeAddressList(i + 1, i + 1, 1, 1));
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

    private Sheet sheet(TemplateSheet layout) {
        Sheet sheet = workbook.createSheet(layout.name());
        row(sheet, layout.headers().toArray());
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < layout.columns().size(); c++) {
            sheet.setColumnWidth(c, (layout.columns().get(c).input() == ColumnInput.FUNCTION_CODE
                    || layout.columns().get(c).input() == ColumnInput.ECONOMIC_CODE ? 30 : 18) * 256);
        }
        return sheet;
    }

    private static void row(Sheet sheet, Object... values) {
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

    private static String yesNo(boolean yes) {
        return yes ? TemplateLabels.YES : TemplateLabels.NO;
    }

    private static Object value(BigDecimal value) {
        return value == null ? "" : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
