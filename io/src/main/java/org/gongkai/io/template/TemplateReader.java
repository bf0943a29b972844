package org.gongkai.io.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.budget.AssetRow;
import org.gongkai.core.budget.Assets;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.Builder;
import org.gongkai.core.budget.CatalogConformance;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentPerformance;
import org.gongkai.core.budget.PerformanceGoal;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.InvalidModelException;
import org.gongkai.core.budget.ModelProblem;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.PaymentMilestone;
import org.gongkai.core.budget.PreviousYear;
import org.gongkai.core.budget.ProcurementItem;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.budget.Unit;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.ImportException;
import org.gongkai.io.importing.OfficeCensus;
import org.gongkai.io.importing.ReadLimits;

/**
 * Reads a filled data-entry workbook into a model. Every bad cell is collected with its sheet, address and column header
 * (「支出!F5（金额（万元））：“约300”不是金额，…」) and reported together; nothing half-read is returned.
 */
public final class TemplateReader {

    /** Columns read per row: the widest sheet (项目) and a few a department may add beside it. */
    private static final int WIDTH = 16;
    private static final int FIRST_PERIOD = TemplateLabels.PROJECTS.headers().indexOf(TemplateLabels.PERIODS.get(0) + "%");
    private static final int GOALS = FIRST_PERIOD + TemplateLabels.PERIODS.size();

    private final DataFormatter formatter = new DataFormatter();
    private final List<ModelProblem> problems = new ArrayList<>();

    private TemplateReader() {
    }

    static {
        Documents.guardZips();
    }

    public static DepartmentBudget read(String name, byte[] bytes) {
        return readIfTemplate(name, bytes).orElseThrow(() ->
                new ImportException(name + "：不是 Gongkai 数据填报模板（缺少“基本信息”或“支出”工作表）"));
    }

    /** The model of a filled template; empty when the workbook is some other spreadsheet (e.g. a published one). */
    public static java.util.Optional<DepartmentBudget> readIfTemplate(String name, byte[] bytes) {
        Documents.requireReadableSize(name, bytes.length);
        OfficeCensus.requireWorkbookWithin(name, bytes, ReadLimits.STANDARD);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getSheet(TemplateLabels.INFO.name()) == null || workbook.getSheet(TemplateLabels.SPENDING.name()) == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new TemplateReader().model(name, workbook));
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportException || e instanceof InvalidModelException) {
                throw (RuntimeException) e;
            }
            throw new ImportException(name + "：无法读取填报模板（" + e.getMessage() + "）", e);
        }
    }

    private DepartmentBudget model(String name, Workbook workbook) {
        Map<String, FilledRow> info = info(workbook);
        Integer year = field(info, TemplateLabels.YEAR).year(1);
        String code = field(info, TemplateLabels.DEPARTMENT_CODE).required(1);
        String department = field(info, TemplateLabels.DEPARTMENT_NAME).required(1);
        if (year == null || code == null || department == null) {
            if (problems.isEmpty()) {
                problems.add(new ModelProblem("工作表“" + TemplateLabels.INFO.name() + "”", "部门编码、部门名称和预算年度必须填写"));
            }
            throw new InvalidModelException(name, problems);
        }
        Builder builder;
        try {
            builder = DepartmentBudget.builder(year, new Department(code.strip(), department.strip()));
        } catch (IllegalArgumentException e) {
            problems.add(new ModelProblem("工作表“" + TemplateLabels.INFO.name() + "”", e.getMessage()));
            throw new InvalidModelException(name, problems);
        }
        YearCatalog catalog = ClassificationCatalog.builtIn().forYear(year);
        FilledRow operatingCost = field(info, TemplateLabels.OPERATING_COST);
        attempt(operatingCost.where(), () -> builder.operatingCost(operatingCost.money(1)));
        attempt("工作表“" + TemplateLabels.INFO.name() + "”上年数", () -> {
            PreviousYear previous = new PreviousYear(field(info, TemplateLabels.PREVIOUS_INCOME).money(1),
                    field(info, TemplateLabels.PREVIOUS_EXPENDITURE).money(1), field(info, TemplateLabels.PREVIOUS_BASIC).money(1),
                    field(info, TemplateLabels.PREVIOUS_PROJECT).money(1));
            if (previous.expenditureTotal() != null) {
                builder.previousYear(previous);
            }
        });
        each(workbook, TemplateLabels.UNITS, row -> builder.unit(new Unit(row.optional(0), row.required(1), row.optional(2),
                row.optional(3), row.optional(4))));
        each(workbook, TemplateLabels.INCOME, row -> builder.income(new Income(row.choice(0, TemplateLabels.SOURCES),
                row.requiredMoney(2), row.yes(1))));
        each(workbook, TemplateLabels.SPENDING, row -> builder.expenditure(new ExpenditureLine(row.function(0, catalog),
                row.choice(2, TemplateLabels.KINDS), row.choice(3, TemplateLabels.SOURCES), row.yes(4), row.requiredMoney(5))));
        each(workbook, TemplateLabels.BASIC, row -> builder.basic(new BasicEconomicLine(row.economic(0, catalog),
                row.choice(2, TemplateLabels.COSTS), row.requiredMoney(3))));
        Map<String, List<Indicator>> indicators = new LinkedHashMap<>();
        each(workbook, TemplateLabels.INDICATORS, row -> indicators.computeIfAbsent(
                        row.text(0).isBlank() ? row.text(1).strip() : CellValues.fold(row.text(0)), p -> new ArrayList<>())
                .add(new Indicator(row.text(2), row.text(3), row.text(4), row.text(5), row.text(6), row.text(7))));
        int[] number = {0};
        each(workbook, TemplateLabels.PROJECTS, row -> {
            number[0]++;
            List<PaymentMilestone> plan = new ArrayList<>();
            for (int i = 0; i < TemplateLabels.PERIODS.size(); i++) {
                BigDecimal percent = row.number(FIRST_PERIOD + i, ColumnInput.PERCENT);
                if (percent != null) {
                    plan.add(new PaymentMilestone(TemplateLabels.PERIODS.get(i), percent));
                }
            }
            List<String> goals = row.text(GOALS).lines().map(String::strip).filter(g -> !g.isEmpty()).toList();
            List<Indicator> own = indicators.remove(String.valueOf(number[0]));
            builder.project(new Project(row.optional(0), row.required(1), row.optional(2), row.optional(3), row.money(4),
                    row.money(5), row.money(6), row.optional(7), plan, goals,
                    own != null ? own : indicators.getOrDefault(row.text(1).strip(), List.of())));
        });
        List<String> overall = new ArrayList<>();
        List<PerformanceGoal> itemised = new ArrayList<>();
        List<String> safeguards = new ArrayList<>();
        each(workbook, TemplateLabels.OVERALL, row -> {
            String category = row.choice(0, TemplateLabels.OVERALL.columns().get(0).choices());
            if (TemplateLabels.OVERALL_GOAL.equals(category)) {
                overall.add(row.required(2));
            } else if (TemplateLabels.ITEMISED_GOAL.equals(category)) {
                itemised.add(new PerformanceGoal(row.text(1), row.text(2), row.text(3)));
            } else if (TemplateLabels.SAFEGUARD.equals(category)) {
                safeguards.add(row.required(2));
            }
        });
        builder.performance(new DepartmentPerformance(overall, itemised, safeguards));
        each(workbook, TemplateLabels.THREE_PUBLIC, row -> {
            ThreePublicAmounts amounts = new ThreePublicAmounts(row.money(1), row.money(2), row.money(3), row.money(4), row.money(5));
            boolean stated = IntStream.rangeClosed(1, 5).anyMatch(c -> !row.text(c).isBlank());
            if (stated && row.text(0).startsWith("本年")) {
                builder.threePublic(FundingSource.GENERAL_PUBLIC_BUDGET, amounts);
            } else if (stated && row.text(0).startsWith(TemplateLabels.LAST_YEAR_THREE_PUBLIC)) {
                builder.threePublicLastYear(amounts);
            }
        });
        each(workbook, TemplateLabels.PROCUREMENT, row -> builder.procurement(new ProcurementItem(row.optional(0), row.money(1),
                row.required(2), row.optional(3), row.optional(4), row.number(5, ColumnInput.NUMBER), row.money(6),
                row.requiredMoney(7), FundingSource.GENERAL_PUBLIC_BUDGET, row.money(8))));
        List<AssetRow> assets = new ArrayList<>();
        each(workbook, TemplateLabels.ASSETS, row -> assets.add(new AssetRow(row.required(0), row.number(1, ColumnInput.NUMBER),
                row.number(2, ColumnInput.VALUE))));
        attempt("工作表“" + TemplateLabels.INFO.name() + "”资产", () -> {
            String asOf = field(info, TemplateLabels.ASSETS_AS_OF).optional(1);
            BigDecimal total = field(info, TemplateLabels.ASSETS_TOTAL).number(1, ColumnInput.VALUE);
            BigDecimal planned = field(info, TemplateLabels.PLANNED_PURCHASES).money(1);
            if (!assets.isEmpty() || asOf != null || total != null || planned != null) {
                builder.assets(new Assets(asOf, total, planned, assets));
            }
        });
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        each(workbook, TemplateLabels.NARRATIVE, row -> {
            NarrativeSection section = TemplateLabels.key(TemplateLabels.SECTIONS, row.text(0).strip());
            if (section != null && !row.text(1).isBlank()) {
                narrative.put(section, row.text(1));
            }
        });
        builder.narrative(narrative);
        if (!problems.isEmpty()) {
            throw new InvalidModelException(name, problems);
        }
        DepartmentBudget model = builder.build();
        new CatalogConformance(ClassificationCatalog.builtIn()).requireConforming(model, name);
        return model;
    }

    private interface RowReader {
        void read(FilledRow row);
    }

    /** Reads each filled row of a sheet; a row whose cells were all fine but which the model refuses is named as a row. */
    private void each(Workbook workbook, TemplateSheet layout, RowReader reader) {
        Sheet sheet = workbook.getSheet(layout.name());
        if (sheet == null) {
            return;
        }
        for (FilledRow row : rows(sheet, layout)) {
            attempt(row.where(), () -> reader.read(row));
        }
    }

    /**
     * Runs one read; what it throws is reported at {@code where} unless its cells were already reported (a bad cell
     * reads as null, which the model then refuses again in its own words).
     */
    private void attempt(String where, Runnable read) {
        int reported = problems.size();
        try {
            read.run();
        } catch (IllegalArgumentException | NullPointerException e) {
            if (problems.size() == reported) {
                problems.add(new ModelProblem(where, e.getMessage()));
            }
        }
    }

    /** The 基本信息 rows by field, each value named by its field in the messages. */
    private Map<String, FilledRow> info(Workbook workbook) {
        Map<String, FilledRow> info = new LinkedHashMap<>();
        for (FilledRow row : rows(workbook.getSheet(TemplateLabels.INFO.name()), TemplateLabels.INFO)) {
            String field = row.text(0).strip();
            info.put(field, row.withHeaders(List.of(TemplateLabels.INFO.headers().get(0), field)));
        }
        return info;
    }

    /** A 基本信息 field's row; a row the department removed reads as blank. */
    private FilledRow field(Map<String, FilledRow> info, TemplateColumn field) {
        FilledRow row = info.get(field.header());
        return row != null ? row : new FilledRow(TemplateLabels.INFO.name(), 0, List.of(), List.of(), problems);
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
                cells.add(shownName ? "" : text(row.getCell(c)));
            }
            FilledRow filled = new FilledRow(layout.name(), row.getRowNum() + 1, layout.headers(), cells, problems);
            if (!filled.isBlank()) {
                rows.add(filled);
            }
        }
        return rows;
    }

    /** A cell as the department sees it: a formula by its last result, a number in full, a date as formatted. */
    private String text(Cell cell) {
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
