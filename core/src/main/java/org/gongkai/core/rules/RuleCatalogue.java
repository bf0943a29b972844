package org.gongkai.core.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rule catalogue (docs/rules.md), written from the rules themselves so it cannot drift. */
public final class RuleCatalogue {

    private static final Map<String, String> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put("SUM", "表内合计与汇总（SUM）");
        FAMILIES.put("BAL", "收支平衡（BAL）");
        FAMILIES.put("XT", "表间勾稽（XT）");
        FAMILIES.put("TXT", "文字说明与表格一致（TXT）");
        FAMILIES.put("UNIT", "金额单位（UNIT）");
        FAMILIES.put("CAT", "科目编码与名称（CAT）");
        FAMILIES.put("PERF", "绩效目标（PERF）");
        FAMILIES.put("REQ", "公开内容完整（REQ）");
    }

    private RuleCatalogue() {
    }

    public static String markdown(List<Rule> rules) {
        StringBuilder md = new StringBuilder();
        md.append("# 校验规则目录 (rule catalogue)\n\n")
                .append("Generated from the rule classes by `./gongkai rules --markdown > docs/rules.md`; a test keeps it current.\n")
                .append("Severity: **错误 (ERROR)** blocks submission, **警告 (WARNING)** needs a written explanation, ")
                .append("**提示 (INFO)** is advice. ").append(rules.size()).append(" rules.\n");
        FAMILIES.forEach((family, title) -> {
            List<Rule> members = rules.stream().filter(r -> r.id().startsWith("R-" + family + "-")).toList();
            if (members.isEmpty()) {
                return;
            }
            md.append("\n## ").append(title).append("\n\n| 规则 | 级别 | 检查内容 | 示例 |\n|---|---|---|---|\n");
            for (Rule rule : members) {
                md.append("| ").append(rule.id()).append(" | ").append(rule.severity().chinese()).append(" | ")
                        .append(escape(rule.description())).append(" | ").append(escape(rule.example())).append(" |\n");
            }
        });
        return md.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
