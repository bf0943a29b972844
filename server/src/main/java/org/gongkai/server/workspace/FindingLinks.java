package org.gongkai.server.workspace;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Rule;
import org.gongkai.core.rules.RuleRegistry;

/**
 * Findings as the page lists them: grouped by the rule they break (one cause, one heading), each with a link to where
 * it is fixed — the table row in the preview, the form row, the explanation section or the project's page.
 */
final class FindingLinks {

    /**
     * One finding and where the page sends the user to fix it — a form row or part, never the read-only preview (null
     * when nowhere more precise than the page) — and, for a table's finding, the row in the preview to look at.
     */
    record Linked(Finding finding, String href, String label, String preview) {

        Linked(Finding finding, String href, String label) {
            this(finding, href, label, null);
        }
    }

    /** The findings of one rule. */
    record Group(String rule, String description, String severity, List<Linked> findings) {
    }

    /** Findings of different rules that contradict the same two figures: one difference, one fix. */
    record Cause(String figures, List<String> rules, int count) {
    }

    private static final Pattern FIGURE = Pattern.compile("\\d+\\.\\d{2,6}");

    /**
     * One wrong figure makes several rules fire (an income 1.00 too high breaks 收支平衡 in two tables, the text and the
     * cross-table check): findings whose messages set the same two figures against each other are shown together.
     */
    static List<Cause> causes(List<Finding> findings) {
        Map<String, List<Finding>> byPair = new LinkedHashMap<>();
        for (Finding finding : findings) {
            java.util.TreeSet<java.math.BigDecimal> figures = new java.util.TreeSet<>();
            Matcher m = FIGURE.matcher(finding.message());
            while (m.find()) {
                figures.add(new java.math.BigDecimal(m.group()).stripTrailingZeros());
            }
            if (figures.size() == 2) {
                byPair.computeIfAbsent(figures.first().toPlainString() + " 与 " + figures.last().toPlainString(), k -> new ArrayList<>())
                        .add(finding);
            }
        }
        List<Cause> causes = new ArrayList<>();
        byPair.forEach((figures, same) -> {
            List<String> rules = same.stream().map(Finding::rule).distinct().toList();
            if (rules.size() >= 2) {
                causes.add(new Cause(figures, rules, same.size()));
            }
        });
        return causes;
    }

    private static final Pattern TABLE_ROW = Pattern.compile("^表(\\d+)《[^》]*》(?: 第(\\d+)行)?");
    private static final Pattern MODEL_ROW = Pattern.compile("^模型 (\\w+)\\[(\\d+)]");
    private static final Pattern PROJECT = Pattern.compile("^项目《(.+?)》");
    private static final Map<String, String> MODEL_PARTS = Map.of("units", "units", "incomes", "incomes", "expenditures", "lines",
            "basicEconomic", "basic", "threePublic", "three-public", "projects", "projects", "procurement", "procurement");

    private FindingLinks() {
    }

    /** One rule warned about, and how many times: what the submit form asks the department to explain. */
    record WarningRule(String rule, String description, int count) {
    }

    static List<WarningRule> warningRules(List<Finding> findings) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        findings.stream().filter(f -> f.severity() == org.gongkai.core.rules.Severity.WARNING).forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
        Map<String, String> descriptions = new LinkedHashMap<>();
        RuleRegistry.all().forEach(rule -> descriptions.put(rule.id(), rule.description()));
        return counts.entrySet().stream().map(e -> new WarningRule(e.getKey(), descriptions.getOrDefault(e.getKey(), ""), e.getValue()))
                .toList();
    }

    /** The groups of the findings that are no root cause's consequence (those are listed under their cause). */
    static List<Group> of(List<Finding> findings, DepartmentBudget model, long id, List<RootCauses.Root> roots) {
        java.util.Set<Finding> explained = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        roots.forEach(r -> r.consequences().forEach(l -> explained.add(l.finding())));
        return of(findings.stream().filter(f -> !explained.contains(f)).toList(), model, id);
    }

    static List<Group> of(List<Finding> findings, DepartmentBudget model, long id) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        RuleRegistry.all().forEach(rule -> rules.put(rule.id(), rule));
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Finding finding : findings) {
            Group group = groups.computeIfAbsent(finding.rule(), rule -> new Group(rule,
                    rules.containsKey(rule) ? rules.get(rule).description() : "", finding.severity().chinese(), new ArrayList<>()));
            group.findings().add(link(finding, model, id));
        }
        return List.copyOf(groups.values());
    }

    private static final Pattern FUNCTION_CODE = Pattern.compile("(?<!\\d)(\\d{7})(?!\\d)");
    private static final Pattern ECONOMIC_CODE = Pattern.compile("(?<!\\d)(3\\d{4})(?!\\d)");
    /** The form part each generated table is made from. */
    private static final Map<String, String> PART_OF_TABLE = Map.of("SUMMARY", "incomes", "INCOME", "incomes", "EXPENDITURE", "lines",
            "FISCAL_SUMMARY", "incomes", "GENERAL_PUBLIC_EXPENDITURE", "lines", "GENERAL_PUBLIC_BASIC", "basic",
            "GOVERNMENT_FUND_EXPENDITURE", "lines", "STATE_CAPITAL_EXPENDITURE", "lines", "THREE_PUBLIC", "three-public");

    /**
     * The form row a table's row is made from: the 支出 line of the function code it names, the 基本支出 line of the
     * economic code, else the form part the table is generated from.
     */
    private static String formRow(String where, int table, DepartmentBudget model) {
        Matcher function = FUNCTION_CODE.matcher(where);
        if (function.find()) {
            for (int i = 0; i < model.expenditures().size(); i++) {
                if (model.expenditures().get(i).functionCode().value().equals(function.group(1))) {
                    return "#lines-row-" + (i + 1);
                }
            }
        }
        Matcher economic = ECONOMIC_CODE.matcher(where);
        if (economic.find()) {
            for (int i = 0; i < model.basicEconomic().size(); i++) {
                if (model.basicEconomic().get(i).economicCode().value().equals(economic.group(1))) {
                    return "#basic-row-" + (i + 1);
                }
            }
        }
        return org.gongkai.core.tables.StandardTable.of(org.gongkai.core.budget.DisclosureKind.BUDGET).stream()
                .filter(t -> t.number() == table).findFirst().map(t -> PART_OF_TABLE.get(t.name())).map(part -> "#" + part).orElse(null);
    }

    static Linked link(Finding finding, DepartmentBudget model, long id) {
        String where = finding.location();
        Matcher table = TABLE_ROW.matcher(where);
        if (table.find()) {
            String anchor = table.group(2) == null ? "table-" + table.group(1) : "t" + table.group(1) + "-" + table.group(2);
            return new Linked(finding, formRow(where, Integer.parseInt(table.group(1)), model), "去修改",
                    "/work/" + id + "/preview#" + anchor);
        }
        Matcher row = MODEL_ROW.matcher(where);
        if (row.find() && MODEL_PARTS.containsKey(row.group(1))) {
            String part = MODEL_PARTS.get(row.group(1));
            return new Linked(finding, "#" + part + "-row-" + (Integer.parseInt(row.group(2)) + 1), "去修改");
        }
        Matcher project = PROJECT.matcher(where);
        if (project.find()) {
            for (int i = 0; i < model.projects().size(); i++) {
                if (model.projects().get(i).name().equals(project.group(1))) {
                    return new Linked(finding, "/work/" + id + "/projects/" + i, "去修改项目");
                }
            }
        }
        for (NarrativeSection section : NarrativeSection.values()) {
            if (where.startsWith(Locations.section(section))) {
                return new Linked(finding, "#section-" + section.name(), "去修改说明");
            }
        }
        return new Linked(finding, null, null);
    }
}
