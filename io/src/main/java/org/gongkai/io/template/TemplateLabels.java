package org.gongkai.io.template;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.NarrativeSection;

/** The Chinese words the template shows for the model's values, both ways. */
final class TemplateLabels {

    static final Map<FundingSource, String> SOURCES = new LinkedHashMap<>();
    static final Map<ExpenditureKind, String> KINDS = new LinkedHashMap<>();
    static final Map<BasicCostKind, String> COSTS = new LinkedHashMap<>();
    static final Map<NarrativeSection, String> SECTIONS = new LinkedHashMap<>();

    static {
        SOURCES.put(FundingSource.GENERAL_PUBLIC_BUDGET, "一般公共预算");
        SOURCES.put(FundingSource.GOVERNMENT_FUND, "政府性基金预算");
        SOURCES.put(FundingSource.STATE_CAPITAL, "国有资本经营预算");
        SOURCES.put(FundingSource.FISCAL_SPECIAL_ACCOUNT, "财政专户管理资金");
        SOURCES.put(FundingSource.PUBLIC_SERVICE_INCOME, "事业收入");
        SOURCES.put(FundingSource.OPERATING_INCOME, "事业单位经营收入");
        SOURCES.put(FundingSource.SUPERIOR_SUBSIDY, "上级补助收入");
        SOURCES.put(FundingSource.AFFILIATE_REMITTANCE, "附属单位上缴收入");
        SOURCES.put(FundingSource.OTHER_INCOME, "其他收入");
        KINDS.put(ExpenditureKind.BASIC, "基本支出");
        KINDS.put(ExpenditureKind.PROJECT, "项目支出");
        KINDS.put(ExpenditureKind.OPERATING, "经营支出");
        KINDS.put(ExpenditureKind.REMIT_TO_SUPERIOR, "上缴上级支出");
        KINDS.put(ExpenditureKind.SUBSIDY_TO_AFFILIATES, "对附属单位补助支出");
        COSTS.put(BasicCostKind.PERSONNEL, "人员经费");
        COSTS.put(BasicCostKind.PUBLIC, "公用经费");
        SECTIONS.put(NarrativeSection.DUTIES, "部门职责");
        SECTIONS.put(NarrativeSection.ORGANIZATION, "机构设置");
        SECTIONS.put(NarrativeSection.OVERVIEW, "预算安排总体情况");
        SECTIONS.put(NarrativeSection.OPERATING_COST, "机关运行经费");
        SECTIONS.put(NarrativeSection.THREE_PUBLIC, "“三公”经费");
        SECTIONS.put(NarrativeSection.PERFORMANCE, "预算绩效信息");
        SECTIONS.put(NarrativeSection.PROCUREMENT, "政府采购");
        SECTIONS.put(NarrativeSection.ASSETS, "国有资产");
        SECTIONS.put(NarrativeSection.GLOSSARY, "名词解释");
        SECTIONS.put(NarrativeSection.OTHER, "其他需要说明的事项");
    }

    private TemplateLabels() {
    }

    static <K> K key(Map<K, String> labels, String text) {
        return labels.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
