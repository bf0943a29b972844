package org.gongkai.io.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.NarrativeSection;

/**
 * The Chinese words the template and the web forms show for the model's values, both ways; and the template's sheets,
 * columns and 基本信息 fields with what each asks for. The writer, the reader and the 填写说明 sheet all take them from
 * here.
 */
public final class TemplateLabels {

    public static final Map<FundingSource, String> SOURCES;
    public static final Map<ExpenditureKind, String> KINDS;
    public static final Map<BasicCostKind, String> COSTS;
    public static final Map<NarrativeSection, String> SECTIONS;

    public static final String YES = "是";
    public static final String NO = "否";
    public static final List<String> YES_NO = List.of(YES, NO);

    /** The payment-plan periods of a project, each a percentage column of 项目. */
    public static final List<String> PERIODS = List.of("3月底", "6月底", "10月底", "12月底");

    public static final String OVERALL_GOAL = "总体目标";
    public static final String ITEMISED_GOAL = "分项目标";
    public static final String SAFEGUARD = "保障措施";

    public static final String THIS_YEAR_THREE_PUBLIC = "本年（一般公共预算）";
    public static final String LAST_YEAR_THREE_PUBLIC = "上年";

    /** The first sheet, written from the rest of this class. */
    public static final String INSTRUCTIONS = "填写说明";
    /** The hidden sheet of the year's codes and names behind the drop-downs and the name formulas. */
    public static final String CODE_LIST = "代码";

    public static final TemplateColumn DEPARTMENT_CODE = TemplateColumn.text("部门编码", "财政部门核定的部门编码，必填");
    public static final TemplateColumn DEPARTMENT_NAME = TemplateColumn.text("部门名称", "部门全称，必填");
    public static final TemplateColumn YEAR = TemplateColumn.text("预算年度", "四位年份，必填；科目编码按该年度的目录核对");
    public static final TemplateColumn OPERATING_COST = TemplateColumn.of("机关运行经费（万元）", ColumnInput.MONEY,
            "本年机关运行经费");
    public static final TemplateColumn PREVIOUS_INCOME = TemplateColumn.of("上年收入总计（万元）", ColumnInput.MONEY,
            "上年预算收入总计，用于与上年比较");
    public static final TemplateColumn PREVIOUS_EXPENDITURE = TemplateColumn.of("上年支出总计（万元）", ColumnInput.MONEY,
            "上年预算支出总计；不填则不与上年比较");
    public static final TemplateColumn PREVIOUS_BASIC = TemplateColumn.of("上年基本支出（万元）", ColumnInput.MONEY, "上年基本支出");
    public static final TemplateColumn PREVIOUS_PROJECT = TemplateColumn.of("上年项目支出（万元）", ColumnInput.MONEY, "上年项目支出");
    public static final TemplateColumn ASSETS_AS_OF = TemplateColumn.text("资产统计时点", "资产数据的统计时点，如“2023年12月31日”");
    public static final TemplateColumn ASSETS_TOTAL = TemplateColumn.of("资产总额（万元）", ColumnInput.VALUE, "统计时点的资产总额");
    public static final TemplateColumn PLANNED_PURCHASES = TemplateColumn.of("拟新购置资产（万元）", ColumnInput.MONEY,
            "本年拟新购置资产的金额");
    /** The rows of 基本信息, each a field whose value goes in its second column. */
    public static final List<TemplateColumn> INFO_FIELDS = List.of(DEPARTMENT_CODE, DEPARTMENT_NAME, YEAR, OPERATING_COST,
            PREVIOUS_INCOME, PREVIOUS_EXPENDITURE, PREVIOUS_BASIC, PREVIOUS_PROJECT, ASSETS_AS_OF, ASSETS_TOTAL, PLANNED_PURCHASES);

    public static final TemplateSheet INFO;
    public static final TemplateSheet UNITS;
    public static final TemplateSheet INCOME;
    public static final TemplateSheet SPENDING;
    public static final TemplateSheet BASIC;
    public static final TemplateSheet PROJECTS;
    public static final TemplateSheet INDICATORS;
    public static final TemplateSheet OVERALL;
    public static final TemplateSheet THREE_PUBLIC;
    public static final TemplateSheet PROCUREMENT;
    public static final TemplateSheet ASSETS;
    public static final TemplateSheet NARRATIVE;
    /** The sheets a department fills, in the order to fill them. */
    public static final List<TemplateSheet> SHEETS;
    /** The budget workbook. */
    public static final TemplateForm BUDGET;
    /** The kinds of workbook, for a reader to tell which one it was given. */
    public static final List<TemplateForm> FORMS;

    static {
        Map<FundingSource, String> sources = new LinkedHashMap<>();
        Map<ExpenditureKind, String> kinds = new LinkedHashMap<>();
        Map<BasicCostKind, String> costs = new LinkedHashMap<>();
        Map<NarrativeSection, String> sections = new LinkedHashMap<>();
        sources.put(FundingSource.GENERAL_PUBLIC_BUDGET, "一般公共预算");
        sources.put(FundingSource.GOVERNMENT_FUND, "政府性基金预算");
        sources.put(FundingSource.STATE_CAPITAL, "国有资本经营预算");
        sources.put(FundingSource.FISCAL_SPECIAL_ACCOUNT, "财政专户管理资金");
        sources.put(FundingSource.PUBLIC_SERVICE_INCOME, "事业收入");
        sources.put(FundingSource.OPERATING_INCOME, "事业单位经营收入");
        sources.put(FundingSource.SUPERIOR_SUBSIDY, "上级补助收入");
        sources.put(FundingSource.AFFILIATE_REMITTANCE, "附属单位上缴收入");
        sources.put(FundingSource.OTHER_INCOME, "其他收入");
        kinds.put(ExpenditureKind.BASIC, "基本支出");
        kinds.put(ExpenditureKind.PROJECT, "项目支出");
        kinds.put(ExpenditureKind.OPERATING, "经营支出");
        kinds.put(ExpenditureKind.REMIT_TO_SUPERIOR, "上缴上级支出");
        kinds.put(ExpenditureKind.SUBSIDY_TO_AFFILIATES, "对附属单位补助支出");
        costs.put(BasicCostKind.PERSONNEL, "人员经费");
        costs.put(BasicCostKind.PUBLIC, "公用经费");
        sections.put(NarrativeSection.DUTIES, "部门职责");
        sections.put(NarrativeSection.ORGANIZATION, "机构设置");
        sections.put(NarrativeSection.OVERVIEW, "预算安排总体情况");
        sections.put(NarrativeSection.OPERATING_COST, "机关运行经费");
        sections.put(NarrativeSection.THREE_PUBLIC, "“三公”经费");
        sections.put(NarrativeSection.PERFORMANCE, "预算绩效信息");
        sections.put(NarrativeSection.PROCUREMENT, "政府采购");
        sections.put(NarrativeSection.ASSETS, "国有资产");
        sections.put(NarrativeSection.GLOSSARY, "名词解释");
        sections.put(NarrativeSection.OTHER, "其他需要说明的事项");
        SOURCES = Collections.unmodifiableMap(sources);
        KINDS = Collections.unmodifiableMap(kinds);
        COSTS = Collections.unmodifiableMap(costs);
        SECTIONS = Collections.unmodifiableMap(sections);
        INFO = new TemplateSheet("基本信息", "部门的编码、名称、预算年度和几项单列的数字，每行一项，在“内容”列填写",
                List.of(TemplateColumn.text("项目", "各行填写的是什么，已列好，不要修改"), TemplateColumn.text("内容", "该行的值")));
        UNITS = new TemplateSheet("机构", "部门本级和所属预算单位，每个单位一行", List.of(
                TemplateColumn.text("单位编码", "可不填"), TemplateColumn.text("单位名称", "必填"),
                TemplateColumn.text("单位性质", "如 行政单位、参照公务员法管理事业单位、全额拨款事业单位"),
                TemplateColumn.text("单位规格", "如 正处级"), TemplateColumn.text("经费保障形式", "如 财政拨款")));
        INCOME = new TemplateSheet("收入", "本年收入，每种收入类型一行；上年结转另起一行", List.of(
                TemplateColumn.choice("收入类型", "从下拉列表选择", SOURCES.values()),
                TemplateColumn.choice("是否上年结转", "上年结转的资金填“是”，本年收入填“否”", YES_NO),
                TemplateColumn.of("金额（万元）", ColumnInput.MONEY, "必填")));
        SPENDING = new TemplateSheet("支出", "本年支出，列到支出功能分类的项级科目，按支出类型、资金来源和是否上年结转分行", List.of(
                TemplateColumn.of("功能分类科目编码", ColumnInput.FUNCTION_CODE, "必填"),
                TemplateColumn.of("科目名称（参考）", ColumnInput.CODE_NAME, "按左边的编码自动显示，不必填写"),
                TemplateColumn.choice("支出类型", "从下拉列表选择", KINDS.values()),
                TemplateColumn.choice("资金来源", "从下拉列表选择", SOURCES.values()),
                TemplateColumn.choice("是否上年结转", "花上年结转资金的填“是”", YES_NO),
                TemplateColumn.of("金额（万元）", ColumnInput.MONEY, "必填")));
        BASIC = new TemplateSheet("基本支出", "一般公共预算基本支出，按部门支出经济分类的款级科目分行", List.of(
                TemplateColumn.of("经济分类科目编码", ColumnInput.ECONOMIC_CODE, "必填"),
                TemplateColumn.of("科目名称（参考）", ColumnInput.CODE_NAME, "按左边的编码自动显示，不必填写"),
                TemplateColumn.choice("人员经费/公用经费", "从下拉列表选择", COSTS.values()),
                TemplateColumn.of("金额（万元）", ColumnInput.MONEY, "必填")));
        List<TemplateColumn> projectColumns = new ArrayList<>(List.of(
                TemplateColumn.text("项目编码", "可不填"), TemplateColumn.text("项目名称", "必填"),
                TemplateColumn.text("单位编码", "实施单位的编码，可不填"), TemplateColumn.text("单位名称", "实施单位"),
                TemplateColumn.of("预算数（万元）", ColumnInput.MONEY, "项目本年预算"),
                TemplateColumn.of("财政资金（万元）", ColumnInput.MONEY, "预算数中的财政资金"),
                TemplateColumn.of("其他资金（万元）", ColumnInput.MONEY, "预算数中的其他资金"),
                TemplateColumn.text("资金用途", "资金用于什么")));
        PERIODS.forEach(period -> projectColumns.add(TemplateColumn.of(period + "%", ColumnInput.PERCENT,
                "截至" + period + "累计支付预算的百分比")));
        projectColumns.add(TemplateColumn.text("绩效目标（每行一条）", "每条目标在单元格内另起一行（Alt+Enter）"));
        PROJECTS = new TemplateSheet("项目", "项目支出的各个项目，每个项目一行；项目的绩效指标填在“绩效”表", projectColumns);
        INDICATORS = new TemplateSheet("绩效", "项目的绩效指标，每个指标一行", List.of(
                TemplateColumn.of("项目序号", ColumnInput.NUMBER, "指标所属项目在“项目”表中是第几个（从 1 起）"),
                TemplateColumn.text("项目名称（参考）", "项目序号不填时，按这里的项目名称对应"),
                TemplateColumn.text("一级指标", "如 产出指标"), TemplateColumn.text("二级指标", "如 数量指标"),
                TemplateColumn.text("三级指标", "指标名称"), TemplateColumn.text("绩效指标描述", "可不填"),
                TemplateColumn.text("指标值", "如 ≥95%"), TemplateColumn.text("指标值确定依据", "可不填")));
        OVERALL = new TemplateSheet("整体绩效", "部门整体绩效目标，每条一行", List.of(
                TemplateColumn.choice("类别", "从下拉列表选择", List.of(OVERALL_GOAL, ITEMISED_GOAL, SAFEGUARD)),
                TemplateColumn.text("领域", "分项目标所属的领域"), TemplateColumn.text("目标", "必填"),
                TemplateColumn.text("指标", "分项目标的衡量指标")));
        THREE_PUBLIC = new TemplateSheet("三公", "“三公”经费，“" + THIS_YEAR_THREE_PUBLIC + "”一行填本年一般公共预算安排，“"
                + LAST_YEAR_THREE_PUBLIC + "”一行填上年数", List.of(
                TemplateColumn.text("年度", "已列好，不要修改"),
                TemplateColumn.of("教学科研人员因公出国（境）费", ColumnInput.MONEY, "教学科研人员学术交流的出国（境）费，没有可不填"),
                TemplateColumn.of("其他因公出国（境）费", ColumnInput.MONEY, "教学科研人员以外的因公出国（境）费"),
                TemplateColumn.of("公务用车购置费", ColumnInput.MONEY, "购置公务用车的经费"),
                TemplateColumn.of("公务用车运行维护费", ColumnInput.MONEY, "公务用车的燃料、维修、保险等费用"),
                TemplateColumn.of("公务接待费", ColumnInput.MONEY, "按规定开支的公务接待费用")));
        PROCUREMENT = new TemplateSheet("采购", "政府采购预算，每个采购品目一行", List.of(
                TemplateColumn.text("项目名称", "所属项目"), TemplateColumn.of("预算资金", ColumnInput.MONEY, "所属项目的预算"),
                TemplateColumn.text("采购物品名称", "必填"), TemplateColumn.text("政府采购目录序号", "如 C99000000"),
                TemplateColumn.text("计量单位", "如 台、项"), TemplateColumn.of("数量", ColumnInput.NUMBER, "采购数量"),
                TemplateColumn.of("单价", ColumnInput.MONEY, "每个计量单位的价格"), TemplateColumn.of("金额（万元）", ColumnInput.MONEY, "必填"),
                TemplateColumn.of("预留中小微企业份额", ColumnInput.MONEY, "为中小微企业预留的采购金额")));
        ASSETS = new TemplateSheet("资产", "固定资产情况，每个资产类别一行", List.of(
                TemplateColumn.text("固定资产类别", "如 车辆、办公设备"), TemplateColumn.of("数量", ColumnInput.NUMBER, "可不填"),
                TemplateColumn.of("原值（万元）", ColumnInput.VALUE, "可不填")));
        NARRATIVE = new TemplateSheet("说明", "预算公开说明的各部分文字；“部分”列已列好，在“内容”列填写，空着的部分可在系统中起草", List.of(
                TemplateColumn.text("部分", "已列好，不要修改"), TemplateColumn.text("内容", "该部分的文字")));
        SHEETS = List.of(INFO, UNITS, INCOME, SPENDING, BASIC, PROJECTS, INDICATORS, OVERALL, THREE_PUBLIC, PROCUREMENT, ASSETS,
                NARRATIVE);
        BUDGET = new TemplateForm("部门预算", INFO, INFO_FIELDS, YEAR, SPENDING, BASIC, PROCUREMENT, NARRATIVE, SECTIONS, SHEETS);
        FORMS = List.of(BUDGET);
    }

    private TemplateLabels() {
    }

    /** The value a label names; a text that is none of the labels is refused, listing the ones allowed. */
    public static <K> K choose(Map<K, String> labels, String text, String column) {
        K key = key(labels, text.strip());
        if (key == null) {
            throw new IllegalArgumentException("“" + column + "”应为 " + String.join("、", labels.values()) + " 之一，实际为“" + text + "”");
        }
        return key;
    }

    public static <K> K key(Map<K, String> labels, String text) {
        return labels.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
