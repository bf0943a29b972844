package org.gongkai.io.importing.print;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.core.budget.BudgetFigures;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.Interpreter;
import org.gongkai.io.json.GongkaiJson;
import org.gongkai.io.json.SummaryJson;

/**
 * The headline figures of a disclosure — department, year, totals, basic and project, personnel and public funds,
 * "三公" and its parts — as the model holds them or as {@link SummaryJson} reads them from a printed file. A figure
 * not read is null; a file refused with an {@link ImportException} reads nothing (its message is kept).
 */
public record Headline(String department, Integer year, Map<String, BigDecimal> figures, String refused) {

    public static final java.util.List<String> FIGURES = java.util.List.of("expenditureTotal", "basic", "project", "personnel",
            "publicFunds", "threePublic.total", "threePublic.abroad", "threePublic.vehiclePurchase",
            "threePublic.vehicleOperation", "threePublic.reception");

    /** What a department that is not read is called (Interpreter). */
    private static final String UNREAD_DEPARTMENT = "未识别部门";

    public static Headline of(DepartmentBudget model) {
        BudgetFigures f = model.figures();
        ThreePublicAmounts three = f.threePublic();
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("expenditureTotal", f.expenditureTotal());
        figures.put("basic", f.basic());
        figures.put("project", f.project());
        figures.put("personnel", f.personnel());
        figures.put("publicFunds", f.publicFunds());
        figures.put("threePublic.total", three.total());
        figures.put("threePublic.abroad", three.abroad());
        figures.put("threePublic.vehiclePurchase", three.vehiclePurchase());
        figures.put("threePublic.vehicleOperation", three.vehicleOperation());
        figures.put("threePublic.reception", three.reception());
        return new Headline(model.department().name(), model.year(), figures, null);
    }

    /** The file imported and summarised; a refusal reads nothing. */
    public static Headline read(String name, byte[] bytes) {
        try {
            String json = SummaryJson.write(Interpreter.interpret(Documents.read(name, bytes)));
            JsonNode root = GongkaiJson.mapper().readTree(json);
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            for (String field : FIGURES) {
                JsonNode node = root.at("/" + field.replace('.', '/'));
                figures.put(field, node.isMissingNode() || node.isNull() ? null : node.decimalValue());
            }
            String department = root.path("department").asText(null);
            return new Headline(UNREAD_DEPARTMENT.equals(department) ? null : department,
                    root.path("year").isNumber() ? root.path("year").intValue() : null, figures, null);
        } catch (ImportException refused) {
            Map<String, BigDecimal> none = new LinkedHashMap<>();
            FIGURES.forEach(f -> none.put(f, null));
            return new Headline(null, null, none, refused.getMessage());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
