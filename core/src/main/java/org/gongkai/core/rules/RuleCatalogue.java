package org.gongkai.core.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule catalogue, written from the rules themselves so it cannot drift: docs/rules.md and the portal's public
 * rules page are both made from {@link #families}.
 */
public final class RuleCatalogue {

    /** The rules of one family (the part of a rule id after {@code R-}), under its heading. */
    public record Family(String code, String title, List<Rule> rules) {
    }

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
        FAMILIES.put("ACC", "部门决算（ACC）");
    }

    private RuleCatalogue() {
    }

    /** The families in catalogue order, each with its rules in the order given; families without a rule are left out. */
    public static List<Family> families(List<Rule> rules) {
        List<Family> families = new ArrayList<>();
        FAMILIES.forEach((family, title) -> {
            List<Rule> members = rules.stream().filter(r -> r.id().startsWith("R-" + family + "-")).toList();
            if (!members.isEmpty()) {
                families.add(new Family(family, title, members));
            }
        });
        return families;
    }

    public static String markdown(List<Rule> rules) {
        StringBuilder md = new StringBuilder();
        md.append("# 校验规则目录 (rule catalogue)\n\n")
                .append("Generated from the rule classes by `./gongkai rules --markdown > docs/rules.md`; a test keeps it current.\n")
                .append("Severity: **错误 (ERROR)** blocks submission, **警告 (WARNING)** needs a written explanation, ")
                .append("**提示 (INFO)** is advice. ").append(rules.size()).append(" rules.\n");
        for (Family family : families(rules)) {
            md.append("\n## ").append(family.title()).append("\n\n| 规则 | 级别 | 检查内容 | 示例 |\n|---|---|---|---|\n");
            for (Rule rule : family.rules()) {
                md.append("| ").append(rule.id()).append(" | ").append(rule.severity().chinese()).append(" | ")
                        .append(escape(rule.description())).append(" | ").append(escape(rule.example())).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
