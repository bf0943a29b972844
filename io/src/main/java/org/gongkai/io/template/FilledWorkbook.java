package org.gongkai.io.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.budget.Builder;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.InvalidModelException;
import org.gongkai.core.budget.ModelProblem;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.read.OfficeCensus;
import org.gongkai.io.importing.read.ReadLimits;

/**
 * A filled data-entry workbook being read, of the {@link TemplateForm} its reader expects. Every bad cell is collected
 * with its sheet, address and column header (「支出!F5（金额（万元））：“约300”不是金额，…」) and reported together by
 * {@link #requireNoProblems}; nothing half-read is returned. A workbook of the other form is refused as a whole.
 */
final class FilledWorkbook {

    /** Columns read per row: the widest sheet (项目) and a few a department may add beside it. */
    private static final int WIDTH = 16;

    static {
        Documents.guardZips();
    }

    private final String name;
    private final Workbook workbook;
    private final TemplateForm form;
    private final DataFormatter formatter = new DataFormatter();
    private final List<ModelProblem> problems = new ArrayList<>();
    private final Map<String, FilledRow> info = new LinkedHashMap<>();
    private YearCatalog catalog;

    private FilledWorkbook(String name, Workbook workbook, TemplateForm form) {
        this.name = name;
        this.workbook = workbook;
        this.form = form;
        for (FilledRow row : rows(workbook.getSheet(form.info().name()), form.info())) {
            String field = row.text(0).strip();
            info.put(field, row.withHeaders(List.of(form.info().headers().get(0), field)));
        }
    }

    /**
     * What {@code read} makes of a filled workbook of the form; empty when the bytes are some other spreadsheet (e.g.
     * a published one). A workbook of the other form is refused saying which it is and how that shows.
     */
    static <T> Optional<T> read(String name, byte[] bytes, TemplateForm form, Function<FilledWorkbook, T> read) {
        Documents.requireReadableSize(name, bytes.length);
        OfficeCensus.requireWorkbookWithin(name, bytes, ReadLimits.STANDARD);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getSheet(form.info().name()) == null || workbook.getSheet(form.spending().name()) == null) {
                return Optional.empty();
            }
            refuseOtherForm(name, workbook, form);
            return Optional.of(read.apply(new FilledWorkbook(name, workbook, form)));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException || e instanceof InvalidModelException) {
                throw (RuntimeException) e;
            }
            throw new ImportException(name + "：无法读取填报模板（" + e.getMessage() + "）", e);
        }
    }

    /**
     * A workbook is of the form whose year field its 基本信息 lists (「预算年度」, 「决算年度」); with that row removed, of
     * the form whose own sheets it has. One that shows neither is read as the form expected, which then asks for the
     * year.
     */
    private static void refuseOtherForm(String name, Workbook workbook, TemplateForm expected) {
        List<String> fields = new ArrayList<>();
        for (Row row : workbook.getSheet(expected.info().name())) {
            fields.add(text(row.getCell(0), new DataFormatter()).strip());
        }
        for (TemplateForm other : TemplateLabels.FORMS) {
            if (other == expected || fields.contains(expected.year().header())) {
                continue;
            }
            String sign = null;
            if (fields.contains(other.year().header())) {
                sign = "“" + expected.info().name() + "”中填的是“" + other.year().header() + "”";
            } else {
                Optional<String> own = other.sheets().stream().map(TemplateSheet::name)
                        .filter(sheet -> expected.sheets().stream().noneMatch(s -> s.name().equals(sheet)))
                        .filter(sheet -> workbook.getSheet(sheet) != null).findFirst();
                if (own.isPresent()) {
                    sign = "有“" + own.get() + "”工作表";
                }
            }
            if (sign != null) {
                throw new ImportException(name + "：这是" + other.disclosure() + "填报模板（" + sign + "），不能作为"
                        + expected.disclosure() + "读取；请下载" + expected.disclosure() + "填报模板，填好后上传");
            }
        }
    }

    String name() {
        return name;
    }

    /** The catalog of the year 基本信息 names, once {@link #builder} has read it. */
    YearCatalog catalog() {
        return catalog;
    }

    /**
     * A model builder for the department and year of 基本信息; with any of the three missing or wrong, the workbook is
     * refused at once (nothing else can be checked without the year's catalog).
     */
    Builder builder() {
        Integer year = field(form.year()).year(1);
        String code = field(TemplateLabels.DEPARTMENT_CODE).required(1);
        String department = field(TemplateLabels.DEPARTMENT_NAME).required(1);
        if (year == null || code == null || department == null) {
            if (problems.isEmpty()) {
                problem(sheet(form.info()), "部门编码、部门名称和" + form.year().header() + "必须填写");
            }
            requireNoProblems();
        }
        try {
            Builder builder = DepartmentBudget.builder(year, new Department(code.strip(), department.strip()));
            catalog = ClassificationCatalog.builtIn().forYear(year);
            return builder;
        } catch (IllegalArgumentException e) {
            problem(sheet(form.info()), e.getMessage());
            throw new InvalidModelException(name, problems);
        }
    }

    /** A 基本信息 field's row, its value named by the field in messages; a row the department removed reads as blank. */
    FilledRow field(TemplateColumn field) {
        FilledRow row = info.get(field.header());
        return row != null ? row : new FilledRow(form.info().name(), 0, List.of(), List.of(), problems);
    }

    /** Reads each filled row of a sheet; a row whose cells were all fine but which the model refuses is named as a row. */
    void each(TemplateSheet layout, Consumer<FilledRow> reader) {
        Sheet sheet = workbook.getSheet(layout.name());
        if (sheet == null) {
            return;
        }
        for (FilledRow row : rows(sheet, layout)) {
            attempt(row.where(), () -> reader.accept(row));
        }
    }

    /**
     * Runs one read; what it throws is reported at {@code where} unless its cells were already reported (a bad cell
     * reads as null, which the model then refuses again in its own words).
     */
    void attempt(String where, Runnable read) {
        int reported = problems.size();
        try {
            read.run();
        } catch (IllegalArgumentException | NullPointerException e) {
            if (problems.size() == reported) {
                problems.add(new ModelProblem(where, e.getMessage()));
            }
        }
    }

    /** A problem no single cell explains. */
    void problem(String where, String message) {
        problems.add(new ModelProblem(where, message));
    }

    /** A sheet as the messages name it as a whole, with what is meant in it: 「工作表“基本信息”资产」. */
    static String sheet(TemplateSheet layout, String... what) {
        return "工作表“" + layout.name() + "”" + String.join("", what);
    }

    /** Refuses the workbook with every problem found, if there was any. */
    void requireNoProblems() {
        if (!problems.isEmpty()) {
            throw new InvalidModelException(name, problems);
        }
    }

    /** The rows under the header with text in them; a name shown by formula beside a code is left out (the code decides). */
    private List<FilledRow> rows(Sheet sheet, TemplateSheet layout) {
        List<FilledRow> rows = new ArrayList<>();
        List<TemplateColumn> columns = layout.columns();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < WIDTH; c++) {
                boolean shownName = c < columns.size() && columns.get(c).input() == ColumnInput.CODE_NAME;
                cells.add(shownName ? "" : text(row.getCell(c), formatter));
            }
            FilledRow filled = new FilledRow(layout.name(), row.getRowNum() + 1, layout.headers(), cells, problems);
            if (!filled.isBlank()) {
                rows.add(filled);
            }
        }
        return rows;
    }

    /** A cell as the department sees it: a formula by its last result, a number in full, a date as formatted. */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString())
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }
}
