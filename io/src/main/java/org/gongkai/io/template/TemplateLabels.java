package org.gongkai.io.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.NarrativeSection;

/** The Chinese words the template and the web forms show for the model's values, both ways. */
public final class TemplateLabels {

    public static final Map<FundingSource, String> SOURCES;
    public static final Map<ExpenditureKind, String> KINDS;
    public static final Map<BasicCostKind, String> COSTS;
    public static final Map<NarrativeSection, String> SECTIONS;

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
