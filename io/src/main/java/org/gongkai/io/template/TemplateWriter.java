package org.gongkai.io.template;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
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
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.YearCatalog;

/**
 * The data-entry workbook: sheets 基本信息, 收入, 支出, 基本支出, 项目, 绩效, 三公, 采购, 资产, 说明, with drop-down lists
 * (from a hidden 代码 sheet of the year's catalog) for codes and choices; empty or pre-filled from a model.
 */
public final class TemplateWriter {

    static final List<String> PERIODS = List.of("3月底", "6月底", "10月底", "12月底");

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final YearCatalog catalog;

    private TemplateWriter(int year) {
        catalog = ClassificationCatalog.builtIn().forYear(year);
    }

    public static void write(DepartmentBudget model, OutputStream out) throws IOException {
        TemplateWriter writer = new TemplateWriter(model.year());
        writer.fill(model);
        writer.workbook.write(out);
        writer.workbook.close();
    }

    private void fill(DepartmentBudget m) {
        Sheet info = sheet("基本信息", "项目", "内容");
        row(info, "部门编码", m.department().code());
        row(info, "部门名称", m.department().name());
        row(info, "预算年度", m.year());
        row(info, "机关运行经费（万元）", m.operatingCost());
        row(info, "上年收入总计（万元）", m.previousYear() == null ? null : m.previousYear().incomeTotal());
        row(info, "上年支出总计（万元）", m.previousYear() == null ? null : m.previousYear().expenditureTotal());
        row(info, "上年基本支出（万元）", m.previousYear() == null ? null : m.previousYear().basic());
        row(info, "上年项目支出（万元）", m.previousYear() == null ? null : m.previousYear().project());
        row(info, "资产统计时点", m.assets() == null ? null : m.assets().asOf());
        row(info, "资产总额（万元）", m.assets() == null ? null : m.assets().total());
        row(info, "拟新购置资产（万元）", m.assets() == null ? null : m.assets().plannedPurchases());
        Sheet units = sheet("机构", "单位编码", "单位名称", "单位性质", "单位规格", "经费保障形式");
        for (Unit u : m.units()) {
            row(units, u.code(), u.name(), u.nature(), u.rank(), u.fundingForm());
        }
        Sheet income = sheet("收入", "收入类型", "是否上年结转", "金额（万元）");
        for (Income i : m.incomes()) {
            row(income, TemplateLabels.SOURCES.get(i.source()), i.carriedOver() ? "是" : "否", i.amount());
        }
        Sheet spending = sheet("支出", "功能分类科目编码", "科目名称（参考）", "支出类型", "资金来源", "是否上年结转", "金额（万元）");
        for (ExpenditureLine l : m.expenditures()) {
            row(spending, l.functionCode().value(), catalog.function(l.functionCode()).map(e -> e.name()).orElse(""),
                    TemplateLabels.KINDS.get(l.kind()), TemplateLabels.SOURCES.get(l.source()), l.carriedOver() ? "是" : "否", l.amount());
        }
        Sheet basic = sheet("基本支出", "经济分类科目编码", "科目名称（参考）", "人员经费/公用经费", "金额（万元）");
        for (BasicEconomicLine l : m.basicEconomic()) {
            row(basic, l.economicCode().value(), catalog.economic(l.economicCode()).map(e -> e.name()).orElse(""),
                    TemplateLabels.COSTS.get(l.kind()), l.amount());
        }
        Sheet projects = sheet("项目", "项目编码", "项目名称", "单位编码", "单位名称", "预算数", "财政资金", "其他资金", "资金用途",
                "3月底%", "6月底%", "10月底%", "12月底%", "绩效目标（每行一条）");
        Sheet indicators = sheet("绩效", "项目序号", "项目名称（参考）", "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");
        for (Project p : m.projects()) {
            List<Object> cells = new ArrayList<>(List.of(text(p.code()), p.name(), text(p.unitCode()), text(p.unitName()),
                    value(p.amount()), value(p.fiscalFunds()), value(p.otherFunds()), text(p.purpose())));
            for (String period : PERIODS) {
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
        Sheet overall = sheet("整体绩效", "类别", "领域", "目标", "指标");
        for (String goal : m.performance().overallGoals()) {
            row(overall, "总体目标", "", goal, "");
        }
        for (PerformanceGoal goal : m.performance().goals()) {
            row(overall, "分项目标", text(goal.area()), goal.goal(), text(goal.indicator()));
        }
        for (String safeguard : m.performance().safeguards()) {
            row(overall, "保障措施", "", safeguard, "");
        }
        choices(overall, 0, "总体目标", "分项目标", "保障措施");
        Sheet three = sheet("三公", "年度", "教学科研人员因公出国（境）费", "其他因公出国（境）费", "公务用车购置费", "公务用车运行维护费", "公务接待费");
        threePublic(three, "本年（一般公共预算）", m.threePublic().isEmpty() ? null : m.figures().threePublic());
        threePublic(three, "上年", m.threePublicLastYear());
        Sheet procurement = sheet("采购", "项目名称", "预算资金", "采购物品名称", "政府采购目录序号", "计量单位", "数量", "单价", "金额（万元）",
                "预留中小微企业份额");
        for (ProcurementItem p : m.procurement()) {
            row(procurement, text(p.projectName()), value(p.projectBudget()), p.itemName(), text(p.catalogCode()), text(p.unit()),
                    value(p.quantity()), value(p.unitPrice()), p.amount(), value(p.smeReserved()));
        }
        Sheet assets = sheet("资产", "固定资产类别", "数量", "原值（万元）");
        if (m.assets() != null) {
            for (AssetRow r : m.assets().rows()) {
                row(assets, r.category(), value(r.quantity()), value(r.value()));
            }
        }
        Sheet narrative = sheet("说明", "部分", "内容");
        TemplateLabels.SECTIONS.forEach((section, label) -> row(narrative, label, text(m.narrative(section))));
        lists(spending, basic, income);
    }

    private void threePublic(Sheet sheet, String year, ThreePublicAmounts a) {
        row(sheet, year, a == null ? "" : value(a.abroadTeaching()), a == null ? "" : value(a.abroadOther()),
                a == null ? "" : value(a.vehiclePurchase()), a == null ? "" : value(a.vehicleOperation()), a == null ? "" : value(a.reception()));
    }

    /** Drop-down lists: the year's 项 codes and 经济分类款 (on the hidden 代码 sheet), the choices of each column. */
    private void lists(Sheet spending, Sheet basic, Sheet income) {
        Sheet codes = workbook.createSheet("代码");
        int r = 0;
        List<String> items = catalog.functionsInForce().keySet().stream().filter(c -> FunctionCode.of(c).level()
                == org.gongkai.core.classification.CodeLevel.ITEM).toList();
        List<String> economics = catalog.economicsInForce().keySet().stream().filter(c -> c.length() == 5).toList();
        for (int i = 0; i < Math.max(items.size(), economics.size()); i++) {
            Row row = codes.createRow(r++);
            if (i < items.size()) {
                row.createCell(0).setCellValue(items.get(i));
                row.createCell(1).setCellValue(catalog.functionName(items.get(i)));
            }
            if (i < economics.size()) {
                row.createCell(2).setCellValue(economics.get(i));
            }
        }
        workbook.setSheetHidden(workbook.getSheetIndex(codes), true);
        list(spending, 0, "代码!$A$1:$A$" + items.size());
        list(basic, 0, "代码!$C$1:$C$" + economics.size());
        choices(spending, 2, TemplateLabels.KINDS.values().toArray(String[]::new));
        choices(spending, 3, TemplateLabels.SOURCES.values().toArray(String[]::new));
        choices(spending, 4, "是", "否");
        choices(basic, 2, TemplateLabels.COSTS.values().toArray(String[]::new));
        choices(income, 0, TemplateLabels.SOURCES.values().toArray(String[]::new));
        choices(income, 1, "是", "否");
    }

    private static void list(Sheet sheet, int column, String range) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, 2000, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox("编码不在目录中", "请从下拉列表选择该年度目录中的科目编码");
        sheet.addValidationData(validation);
    }

    private static void choices(Sheet sheet, int column, String... values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, 2000, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private Sheet sheet(String name, String... header) {
        Sheet sheet = workbook.createSheet(name);
        row(sheet, (Object[]) header);
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < header.length; c++) {
            sheet.setColumnWidth(c, 18 * 256);
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

    private static Object value(BigDecimal value) {
        return value == null ? "" : value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
