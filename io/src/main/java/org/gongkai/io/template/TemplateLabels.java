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
    /** The sections of a 决算 explanation: the budget's, three of them under their 决算 names. */
    public static final Map<NarrativeSection, String> ACCOUNTS_SECTIONS;

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
    /** The rows of the 决算 三公 sheet besides 上年: the year's budget and what was spent, both of the general public budget. */
    public static final String THREE_PUBLIC_BUDGET = "本年预算数";
    public static final String THREE_PUBLIC_ACTUAL = "本年决算数";

    /** What the 决算 结转结余 sheet's rows are: the balances by source, then the three flows that close the year. */
    public static final String OPENING = "年初结转和结余";
    public static final String CLOSING = "年末结转和结余";
    public static final String NON_FISCAL_SURPLUS_USED = "使用非财政拨款结余";
    public static final String CAREER_FUND_USED = "用事业基金弥补收支差";
    public static final String SURPLUS_DISTRIBUTION = "结余分配";
    public static final List<String> BALANCE_ITEMS = List.of(OPENING, CLOSING, NON_FISCAL_SURPLUS_USED, CAREER_FUND_USED,
            SURPLUS_DISTRIBUTION);

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
    /** The 决算 year field; its label marks a workbook as a 决算 one. */
    public static final TemplateColumn ACCOUNTS_YEAR = TemplateColumn.text("决算年度", "四位年份，必填；科目编码按该年度的目录核对");
    public static final TemplateColumn ACCOUNTS_OPERATING_COST = TemplateColumn.of("机关运行经费决算数（万元）", ColumnInput.MONEY,
            "本年机关运行经费的实际支出");
    /** The rows of the 决算 基本信息: the budget's, with the year and 机关运行经费 as executed. */
    public static final List<TemplateColumn> ACCOUNTS_INFO_FIELDS = INFO_FIELDS.stream()
            .map(f -> f == YEAR ? ACCOUNTS_YEAR : f == OPERATING_COST ? ACCOUNTS_OPERATING_COST : f).toList();

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

    /** The 决算 workbook's own sheets, and those it shares with the budget's under names of its own. */
    public static final TemplateSheet ACCOUNTS_INFO;
    public static final TemplateSheet ACCOUNTS_INCOME;
    public static final TemplateSheet ACCOUNTS_SPENDING;
    public static final TemplateSheet ACCOUNTS_BASIC;
    public static final TemplateSheet BALANCES;
    public static final TemplateSheet EVALUATIONS;
    public static final TemplateSheet EVALUATION_RESULTS;
    public static final TemplateSheet ACCOUNTS_THREE_PUBLIC;
    public static final TemplateSheet PROCUREMENT_SPLIT;
    public static final TemplateSheet PROCUREMENT_ITEMS;
    public static final TemplateSheet ACCOUNTS_NARRATIVE;
    /** The 决算 workbook: each 项 with its budget and what was spent, the balances, the self-evaluations. */
    public static final TemplateForm ACCOUNTS;
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
        Map<NarrativeSection, String> accountsSections = new LinkedHashMap<>(sections);
        accountsSections.put(NarrativeSection.OVERVIEW, "收入支出决算总体情况");
        accountsSections.put(NarrativeSection.PERFORMANCE, "预算绩效管理情况");
        accountsSections.put(NarrativeSection.ASSETS, "国有资产占有使用情况");
        ACCOUNTS_SECTIONS = Collections.unmodifiableMap(accountsSections);
        TemplateColumn incomeSource = TemplateColumn.choice("收入类型", "从下拉列表选择", SOURCES.values());
        TemplateColumn functionCode = TemplateColumn.of("功能分类科目编码", ColumnInput.FUNCTION_CODE, "必填");
        TemplateColumn codeName = TemplateColumn.of("科目名称（参考）", ColumnInput.CODE_NAME, "按左边的编码自动显示，不必填写");
        TemplateColumn kind = TemplateColumn.choice("支出类型", "从下拉列表选择", KINDS.values());
        TemplateColumn source = TemplateColumn.choice("资金来源", "从下拉列表选择", SOURCES.values());
        TemplateColumn economicCode = TemplateColumn.of("经济分类科目编码", ColumnInput.ECONOMIC_CODE, "必填");
        TemplateColumn cost = TemplateColumn.choice("人员经费/公用经费", "从下拉列表选择", COSTS.values());
        TemplateColumn actual = TemplateColumn.of("决算数（万元）", ColumnInput.MONEY, "本年实际的数，必填");
        INFO = new TemplateSheet("基本信息", "部门的编码、名称、预算年度和几项单列的数字，每行一项，在“内容”列填写",
                List.of(TemplateColumn.text("项目", "各行填写的是什么，已列好，不要修改"), TemplateColumn.text("内容", "该行的值")));
        UNITS = new TemplateSheet("机构", "部门本级和所属预算单位，每个单位一行", List.of(
                TemplateColumn.text("单位编码", "可不填"), TemplateColumn.text("单位名称", "必填"),
                TemplateColumn.text("单位性质", "如 行政单位、参照公务员法管理事业单位、全额拨款事业单位"),
                TemplateColumn.text("单位规格", "如 正处级"), TemplateColumn.text("经费保障形式", "如 财政拨款")));
        INCOME = new TemplateSheet("收入", "本年收入，每种收入类型一行；上年结转另起一行", List.of(
                incomeSource, TemplateColumn.choice("是否上年结转", "上年结转的资金填“是”，本年收入填“否”", YES_NO),
                TemplateColumn.of("金额（万元）", ColumnInput.MONEY, "必填")));
        SPENDING = new TemplateSheet("支出", "本年支出，列到支出功能分类的项级科目，按支出类型、资金来源和是否上年结转分行", List.of(
                functionCode, codeName, kind, source, TemplateColumn.choice("是否上年结转", "花上年结转资金的填“是”", YES_NO),
                TemplateColumn.of("金额（万元）", ColumnInput.MONEY, "必填")));
        BASIC = new TemplateSheet("基本支出", "一般公共预算基本支出，按部门支出经济分类的款级科目分行", List.of(
                economicCode, codeName, cost, TemplateColumn.of("金额（万元）", ColumnInput.MONEY, "必填")));
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
        List<TemplateColumn> threePublicParts = List.of(
                TemplateColumn.of("教学科研人员因公出国（境）费", ColumnInput.MONEY, "教学科研人员学术交流的出国（境）费，没有可不填"),
                TemplateColumn.of("其他因公出国（境）费", ColumnInput.MONEY, "教学科研人员以外的因公出国（境）费"),
                TemplateColumn.of("公务用车购置费", ColumnInput.MONEY, "购置公务用车的经费"),
                TemplateColumn.of("公务用车运行维护费", ColumnInput.MONEY, "公务用车的燃料、维修、保险等费用"),
                TemplateColumn.of("公务接待费", ColumnInput.MONEY, "按规定开支的公务接待费用"));
        List<TemplateColumn> threePublicColumns = new ArrayList<>(List.of(TemplateColumn.text("年度", "已列好，不要修改")));
        threePublicColumns.addAll(threePublicParts);
        THREE_PUBLIC = new TemplateSheet("三公", "“三公”经费，“" + THIS_YEAR_THREE_PUBLIC + "”一行填本年一般公共预算安排，“"
                + LAST_YEAR_THREE_PUBLIC + "”一行填上年数", threePublicColumns);
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
        BUDGET = new TemplateForm("部门预算", INFO, INFO_FIELDS, YEAR, OPERATING_COST, SPENDING, BASIC, PROCUREMENT, NARRATIVE, SECTIONS, SHEETS);
        ACCOUNTS_INFO = new TemplateSheet(INFO.name(), "部门的编码、名称、决算年度和几项单列的数字，每行一项，在“内容”列填写",
                INFO.columns());
        ACCOUNTS_INCOME = new TemplateSheet(INCOME.name(), "本年收入决算，每种收入类型一行；年初结转和结余填在“结转结余”表",
                List.of(incomeSource, actual));
        ACCOUNTS_SPENDING = new TemplateSheet(SPENDING.name(), "本年支出决算，列到支出功能分类的项级科目，按支出类型和资金来源分行，"
                + "每行填该项的年初预算数、调整预算数和决算数", List.of(functionCode, codeName, kind, source,
                TemplateColumn.of("年初预算数（万元）", ColumnInput.MONEY, "年初批复的预算数，与公开的部门预算一致；财政拨款资金的行填写"),
                TemplateColumn.of("调整预算数（万元）", ColumnInput.MONEY, "年中调整后的全年预算数；没有调整的与年初预算数相同"),
                TemplateColumn.of("决算数（万元）", ColumnInput.MONEY, "本年实际支出；有预算、没有支出的行可不填")));
        ACCOUNTS_BASIC = new TemplateSheet(BASIC.name(), "基本支出决算，按部门支出经济分类的款级科目分行，分人员经费和公用经费",
                List.of(economicCode, codeName, cost, actual));
        BALANCES = new TemplateSheet("结转结余", "“" + OPENING + "”“" + CLOSING + "”按资金来源各填一行；“" + NON_FISCAL_SURPLUS_USED
                + "”“" + CAREER_FUND_USED + "”“" + SURPLUS_DISTRIBUTION + "”有的各填一行，不填资金来源", List.of(
                TemplateColumn.choice("项目", "从下拉列表选择", BALANCE_ITEMS),
                TemplateColumn.choice("资金来源", "年初、年末结转和结余的行必填；其他三项不填", SOURCES.values()),
                TemplateColumn.of("金额（万元）", ColumnInput.MONEY, "必填")));
        EVALUATIONS = new TemplateSheet("绩效自评", "项目和部门整体的绩效自评结果，每个自评对象一行；各项指标的完成情况填在“自评指标”表", List.of(
                TemplateColumn.text("自评对象", "项目名称；部门整体自评填部门名称。必填"),
                TemplateColumn.choice("是否部门整体", "部门整体绩效自评填“是”，项目自评填“否”或不填", YES_NO),
                TemplateColumn.of("预算数（万元）", ColumnInput.MONEY, "自评对象的全年预算数"),
                TemplateColumn.of("执行数（万元）", ColumnInput.MONEY, "自评对象的全年执行数"),
                TemplateColumn.of("自评得分", ColumnInput.NUMBER, "满分 100 分"),
                TemplateColumn.text("评级", "如 优、良、中、差")));
        EVALUATION_RESULTS = new TemplateSheet("自评指标", "绩效自评的各项指标，每个指标一行", List.of(
                TemplateColumn.of("自评序号", ColumnInput.NUMBER, "指标所属的自评在“绩效自评”表中是第几个（从 1 起）"),
                TemplateColumn.text("自评对象（参考）", "自评序号不填时，按这里的自评对象对应"),
                TemplateColumn.text("指标", "必填"), TemplateColumn.text("年度指标值", "如 ≥95%"),
                TemplateColumn.text("实际完成值", "如 98%")));
        List<TemplateColumn> accountsThreePublic = new ArrayList<>(List.of(TemplateColumn.text("项目", "已列好，不要修改")));
        accountsThreePublic.addAll(threePublicParts);
        accountsThreePublic.addAll(List.of(
                TemplateColumn.of("公务用车购置数（辆）", ColumnInput.COUNT, "本年购置的公务用车"),
                TemplateColumn.of("公务用车保有量（辆）", ColumnInput.COUNT, "年末的公务用车"),
                TemplateColumn.of("因公出国（境）团组数（个）", ColumnInput.COUNT, "本年的因公出国（境）团组"),
                TemplateColumn.of("因公出国（境）人次", ColumnInput.COUNT, "本年因公出国（境）的人次"),
                TemplateColumn.of("公务接待批次", ColumnInput.COUNT, "本年国内公务接待的批次"),
                TemplateColumn.of("公务接待人次", ColumnInput.COUNT, "本年国内公务接待的人次")));
        ACCOUNTS_THREE_PUBLIC = new TemplateSheet(THREE_PUBLIC.name(), "“三公”经费，“" + THREE_PUBLIC_BUDGET + "”“"
                + THREE_PUBLIC_ACTUAL + "”两行填本年一般公共预算财政拨款的数，“" + LAST_YEAR_THREE_PUBLIC + "”一行填上年决算数；"
                + "车辆、团组、人次等实物量只在“" + THREE_PUBLIC_ACTUAL + "”一行填写", accountsThreePublic);
        PROCUREMENT_SPLIT = new TemplateSheet("政府采购", "本年政府采购支出，只填第 2 行：货物、工程、服务的合同金额和其中授予中小企业的金额",
                List.of(TemplateColumn.of("货物（万元）", ColumnInput.MONEY, "政府采购货物的合同金额"),
                        TemplateColumn.of("工程（万元）", ColumnInput.MONEY, "政府采购工程的合同金额"),
                        TemplateColumn.of("服务（万元）", ColumnInput.MONEY, "政府采购服务的合同金额"),
                        TemplateColumn.of("授予中小企业合同金额（万元）", ColumnInput.MONEY, "以上合同中授予中小企业的金额")));
        PROCUREMENT_ITEMS = new TemplateSheet("采购明细", "政府采购的品目，每个采购品目一行，可不填", PROCUREMENT.columns());
        ACCOUNTS_NARRATIVE = new TemplateSheet(NARRATIVE.name(), "部门决算公开说明的各部分文字；“部分”列已列好，在“内容”列填写，"
                + "空着的部分可在系统中起草", NARRATIVE.columns());
        ACCOUNTS = new TemplateForm("部门决算", ACCOUNTS_INFO, ACCOUNTS_INFO_FIELDS, ACCOUNTS_YEAR, ACCOUNTS_OPERATING_COST,
                ACCOUNTS_SPENDING, ACCOUNTS_BASIC,
                PROCUREMENT_ITEMS, ACCOUNTS_NARRATIVE, ACCOUNTS_SECTIONS, List.of(ACCOUNTS_INFO, UNITS, ACCOUNTS_INCOME,
                ACCOUNTS_SPENDING, ACCOUNTS_BASIC, BALANCES, PROJECTS, INDICATORS, OVERALL, EVALUATIONS, EVALUATION_RESULTS,
                ACCOUNTS_THREE_PUBLIC, PROCUREMENT_SPLIT, PROCUREMENT_ITEMS, ASSETS, ACCOUNTS_NARRATIVE));
        FORMS = List.of(BUDGET, ACCOUNTS);
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
