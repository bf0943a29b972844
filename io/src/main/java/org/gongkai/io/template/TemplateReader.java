package org.gongkai.io.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.budget.AssetRow;
import org.gongkai.core.budget.Assets;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.Builder;
import org.gongkai.core.budget.CatalogConformance;
import org.gongkai.core.budget.Department;
import org.gongkai.core.budget.DepartmentPerformance;
import org.gongkai.core.budget.PerformanceGoal;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
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
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.ImportException;
import org.gongkai.io.importing.OfficeCensus;
import org.gongkai.io.importing.ReadLimits;

/**
 * Reads a filled data-entry workbook into a model. Every problem is collected with its sheet, row and column
 * ("工作表“支出”第 5 行“金额”：…") and reported together; nothing half-read is returned.
 */
public final class TemplateReader {

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
            if (workbook.getSheet("基本信息") == null || workbook.getSheet("支出") == null) {
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
        Map<String, String> info = new LinkedHashMap<>();
        for (List<String> row : rows(workbook.getSheet("基本信息"))) {
            info.put(row.get(0).strip(), row.get(1).strip());
        }
        Integer year = integer(info.get("预算年度"), "基本信息", "预算年度");
        String code = info.getOrDefault("部门编码", "");
        String department = info.getOrDefault("部门名称", "");
        if (year == null || code.isBlank() || department.isBlank()) {
            problems.add(new ModelProblem("工作表“基本信息”", "部门编码、部门名称和预算年度必须填写"));
            throw new InvalidModelException(name, problems);
        }
        Builder builder;
        try {
            builder = DepartmentBudget.builder(year, new Department(code, department));
        } catch (IllegalArgumentException e) {
            problems.add(new ModelProblem("工作表“基本信息”", e.getMessage()));
            throw new InvalidModelException(name, problems);
        }
        attempt("基本信息", "机关运行经费", () -> builder.operatingCost(money(info.get("机关运行经费（万元）"))));
        attempt("基本信息", "上年数", () -> {
            PreviousYear previous = new PreviousYear(money(info.get("上年收入总计（万元）")), money(info.get("上年支出总计（万元）")),
                    money(info.get("上年基本支出（万元）")), money(info.get("上年项目支出（万元）")));
            if (previous.expenditureTotal() != null) {
                builder.previousYear(previous);
            }
        });
        each(workbook, "机构", row -> builder.unit(new Unit(blank(row.get(0)), row.get(1), blank(row.get(2)), blank(row.get(3)), blank(row.get(4)))));
        each(workbook, "收入", row -> builder.income(new Income(TemplateLabels.choose(TemplateLabels.SOURCES, row.get(0), "收入类型"),
                required(money(row.get(2)), "金额"), "是".equals(row.get(1).strip()))));
        var catalog = ClassificationCatalog.builtIn().forYear(year);
        each(workbook, "支出", row -> builder.expenditure(new ExpenditureLine(known(FunctionCode.of(row.get(0).strip()),
                catalog.function(FunctionCode.of(row.get(0).strip())).isPresent(), year),
                TemplateLabels.choose(TemplateLabels.KINDS, row.get(2), "支出类型"), TemplateLabels.choose(TemplateLabels.SOURCES, row.get(3), "资金来源"),
                "是".equals(row.get(4).strip()), required(money(row.get(5)), "金额"))));
        each(workbook, "基本支出", row -> builder.basic(new BasicEconomicLine(known(EconomicCode.of(row.get(0).strip()),
                catalog.economic(EconomicCode.of(row.get(0).strip())).isPresent(), year),
                TemplateLabels.choose(TemplateLabels.COSTS, row.get(2), "人员经费/公用经费"), required(money(row.get(3)), "金额"))));
        Map<String, List<Indicator>> indicators = new LinkedHashMap<>();
        each(workbook, "绩效", row -> indicators.computeIfAbsent(row.get(0).isBlank() ? row.get(1).strip() : row.get(0).strip(),
                        p -> new ArrayList<>())
                .add(new Indicator(row.get(2), row.get(3), row.get(4), row.get(5), row.get(6), row.get(7))));
        int[] number = {0};
        each(workbook, "项目", row -> {
            number[0]++;
            List<PaymentMilestone> plan = new ArrayList<>();
            for (int i = 0; i < TemplateWriter.PERIODS.size(); i++) {
                BigDecimal percent = decimal(row.get(8 + i));
                if (percent != null) {
                    plan.add(new PaymentMilestone(TemplateWriter.PERIODS.get(i), percent));
                }
            }
            List<String> goals = row.get(12).lines().map(String::strip).filter(g -> !g.isEmpty()).toList();
            List<Indicator> own = indicators.remove(String.valueOf(number[0]));
            builder.project(new Project(blank(row.get(0)), row.get(1), blank(row.get(2)), blank(row.get(3)), money(row.get(4)),
                    money(row.get(5)), money(row.get(6)), blank(row.get(7)), plan, goals,
                    own != null ? own : indicators.getOrDefault(row.get(1).strip(), List.of())));
        });
        List<String> overall = new ArrayList<>();
        List<PerformanceGoal> itemised = new ArrayList<>();
        List<String> safeguards = new ArrayList<>();
        each(workbook, "整体绩效", row -> {
            switch (row.get(0).strip()) {
                case "总体目标" -> overall.add(required(blank(row.get(2)), "目标"));
                case "分项目标" -> itemised.add(new PerformanceGoal(row.get(1), row.get(2), row.get(3)));
                case "保障措施" -> safeguards.add(required(blank(row.get(2)), "目标"));
                default -> throw new IllegalArgumentException("“类别”应为 总体目标、分项目标、保障措施 之一，实际为“" + row.get(0) + "”");
            }
        });
        builder.performance(new DepartmentPerformance(overall, itemised, safeguards));
        List<List<String>> three = workbook.getSheet("三公") == null ? List.of() : rows(workbook.getSheet("三公"));
        for (List<String> row : three) {
            attempt("三公", row.get(0), () -> {
                ThreePublicAmounts amounts = new ThreePublicAmounts(money(row.get(1)), money(row.get(2)), money(row.get(3)),
                        money(row.get(4)), money(row.get(5)));
                boolean stated = row.subList(1, 6).stream().anyMatch(c -> !c.isBlank());
                if (stated && row.get(0).startsWith("本年")) {
                    builder.threePublic(FundingSource.GENERAL_PUBLIC_BUDGET, amounts);
                } else if (stated && row.get(0).startsWith("上年")) {
                    builder.threePublicLastYear(amounts);
                }
            });
        }
        each(workbook, "采购", row -> builder.procurement(new ProcurementItem(blank(row.get(0)), money(row.get(1)), row.get(2),
                blank(row.get(3)), blank(row.get(4)), decimal(row.get(5)), money(row.get(6)), required(money(row.get(7)), "金额"),
                FundingSource.GENERAL_PUBLIC_BUDGET, money(row.get(8)))));
        List<AssetRow> assets = new ArrayList<>();
        each(workbook, "资产", row -> assets.add(new AssetRow(row.get(0), decimal(row.get(1)), decimal(row.get(2)))));
        attempt("基本信息", "资产", () -> {
            String asOf = blank(info.get("资产统计时点"));
            BigDecimal total = decimal(info.get("资产总额（万元）"));
            BigDecimal planned = money(info.get("拟新购置资产（万元）"));
            if (!assets.isEmpty() || asOf != null || total != null || planned != null) {
                builder.assets(new Assets(asOf, total, planned, assets));
            }
        });
        Map<NarrativeSection, String> narrative = new EnumMap<>(NarrativeSection.class);
        each(workbook, "说明", row -> {
            NarrativeSection section = TemplateLabels.key(TemplateLabels.SECTIONS, row.get(0).strip());
            if (section != null && !row.get(1).isBlank()) {
                narrative.put(section, row.get(1));
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
        void read(List<String> row);
    }

    private void each(Workbook workbook, String sheetName, RowReader reader) {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            return;
        }
        List<List<String>> rows = rows(sheet);
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            int number = r + 2;
            attempt(sheetName, "第 " + number + " 行", () -> reader.read(row));
        }
    }

    private void attempt(String sheet, String where, Runnable read) {
        try {
            read.run();
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(new ModelProblem("工作表“" + sheet + "”" + where, e.getMessage()));
        }
    }

    /** The rows under the header, each padded to 16 cells, empty rows skipped. */
    private List<List<String>> rows(Sheet sheet) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                        ? BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                        : formatter.formatCellValue(cell));
            }
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                rows.add(cells);
            }
        }
        return rows;
    }


    private static BigDecimal money(String text) {
        BigDecimal value = decimal(text);
        return value == null ? null : org.gongkai.core.budget.Money.normalize(value, "金额");
    }

    private static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", "").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("“" + text + "”不是数字");
        }
    }

    private static <C> C known(C code, boolean inCatalog, int year) {
        if (!inCatalog) {
            throw new IllegalArgumentException("科目编码 " + code + " 不在 " + year + " 年度政府收支分类科目中");
        }
        return code;
    }

    private static <T> T required(T value, String column) {
        if (value == null) {
            throw new IllegalArgumentException("“" + column + "”必须填写");
        }
        return value;
    }

    private static Integer integer(String text, String sheet, String field) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
