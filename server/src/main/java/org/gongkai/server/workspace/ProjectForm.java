package org.gongkai.server.workspace;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.ModelProblem;
import org.gongkai.core.budget.PaymentMilestone;
import org.gongkai.core.budget.Project;
import org.springframework.util.MultiValueMap;

/**
 * What the project page's inputs hold: the stored project, or — after a refused save — exactly what was typed, with
 * each problem beside the field or the row it is about, so that nothing typed is lost.
 */
public record ProjectForm(Map<String, String> fields, List<List<String>> plan, List<List<String>> indicators,
                          Map<String, String> errors, Map<Integer, String> planErrors, Map<Integer, String> indicatorErrors,
                          List<String> otherErrors) {

    /** The problem paths ModelForms gives the project's single fields. */
    static final String NAME = "项目名称";
    static final String AMOUNT = "预算数";
    static final String FISCAL_FUNDS = "其中：财政资金";
    static final String OTHER_FUNDS = "其他资金";

    static final List<String> FIELDS = List.of("name", "code", "unitCode", "unitName", "amount", "fiscalFunds", "otherFunds",
            "purpose", "goals");
    static final List<String> INDICATOR_COLUMNS = List.of("level1", "level2", "level3", "description", "value", "basis");
    private static final Map<String, String> FIELD_OF = Map.of(NAME, "name", AMOUNT, "amount", FISCAL_FUNDS, "fiscalFunds",
            OTHER_FUNDS, "otherFunds");
    private static final Pattern ROW = Pattern.compile("^(资金支出计划|绩效指标)第 (\\d+) 行$");
    /** Blank rows offered for new lines below the stored ones. */
    private static final int NEW_PLAN_ROWS = 2;
    private static final int NEW_INDICATOR_ROWS = 4;

    /** The stored project, with blank rows to add plan points and indicators. */
    static ProjectForm of(Project p) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", p.name());
        fields.put("code", p.code());
        fields.put("unitCode", p.unitCode());
        fields.put("unitName", p.unitName());
        fields.put("amount", plain(p.amount()));
        fields.put("fiscalFunds", plain(p.fiscalFunds()));
        fields.put("otherFunds", plain(p.otherFunds()));
        fields.put("purpose", p.purpose());
        fields.put("goals", String.join("\n", p.goals()));
        List<List<String>> plan = new ArrayList<>();
        for (PaymentMilestone m : p.paymentPlan()) {
            plan.add(List.of(m.period(), plain(m.percent())));
        }
        blank(plan, NEW_PLAN_ROWS, 2);
        List<List<String>> indicators = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            indicators.add(java.util.Arrays.asList(i.level1(), i.level2(), i.level3(), i.description(), i.value(), i.basis()));
        }
        blank(indicators, NEW_INDICATOR_ROWS, INDICATOR_COLUMNS.size());
        return new ProjectForm(fields, plan, indicators, Map.of(), Map.of(), Map.of(), List.of());
    }

    /** What was posted, row for row as the page numbered it, with the problems placed where they belong. */
    static ProjectForm typed(MultiValueMap<String, String> form, List<ModelProblem> problems) {
        Map<String, String> fields = new LinkedHashMap<>();
        FIELDS.forEach(f -> fields.put(f, form.getFirst(f) == null ? "" : form.getFirst(f)));
        List<List<String>> plan = rows(form, List.of("period", "percent"));
        List<List<String>> indicators = rows(form, INDICATOR_COLUMNS);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<Integer, String> planErrors = new LinkedHashMap<>();
        Map<Integer, String> indicatorErrors = new LinkedHashMap<>();
        List<String> other = new ArrayList<>();
        for (ModelProblem problem : problems) {
            Matcher row = ROW.matcher(problem.path());
            if (FIELD_OF.containsKey(problem.path())) {
                errors.put(FIELD_OF.get(problem.path()), problem.message());
            } else if (row.find()) {
                (row.group(1).equals("绩效指标") ? indicatorErrors : planErrors).merge(Integer.parseInt(row.group(2)), problem.message(),
                        (a, b) -> a + "；" + b);
            } else {
                other.add(problem.toString());
            }
        }
        return new ProjectForm(fields, plan, indicators, errors, planErrors, indicatorErrors, other);
    }

    public String field(String name) {
        return fields.getOrDefault(name, "");
    }

    private static List<List<String>> rows(MultiValueMap<String, String> form, List<String> columns) {
        int count = columns.stream().mapToInt(c -> form.get(c) == null ? 0 : form.get(c).size()).max().orElse(0);
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> row = new ArrayList<>();
            for (String column : columns) {
                List<String> values = form.get(column);
                row.add(values != null && i < values.size() && values.get(i) != null ? values.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static void blank(List<List<String>> rows, int count, int columns) {
        for (int i = 0; i < count; i++) {
            rows.add(java.util.Collections.nCopies(columns, ""));
        }
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
