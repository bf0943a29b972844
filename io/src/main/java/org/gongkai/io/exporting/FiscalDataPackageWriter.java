package org.gongkai.io.exporting;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.io.json.GongkaiJson;

/**
 * A Frictionless Fiscal Data Package: {@code datapackage.json} (Data Package with a Table Schema and the fiscal
 * model mapping columns to amount, date, classifications and administrative unit) beside {@code budget.csv}, one row
 * per expenditure line with its function classification and, for basic spending, its economic classification.
 */
public final class FiscalDataPackageWriter {

    static final List<String> FIELDS = List.of("year", "department_code", "department_name", "function_code", "function_name",
            "function_class", "economic_code", "economic_name", "kind", "funding_source", "carried_over", "amount");

    private FiscalDataPackageWriter() {
    }

    public static void write(DepartmentBudget model, Path dir) throws IOException {
        write(model, org.gongkai.core.budget.DisclosureKind.BUDGET, dir);
    }

    /**
     * The lines of a budget (FDP phase "approved") or of final accounts' 决算数 (phase "executed"), one row each, with the
     * descriptor that says which.
     */
    public static void write(DepartmentBudget model, org.gongkai.core.budget.DisclosureKind kind, Path dir) throws IOException {
        Files.createDirectories(dir);
        YearCatalog catalog = ClassificationCatalog.builtIn().forYear(model.year());
        try (OutputStreamWriter writer = new OutputStreamWriter(Files.newOutputStream(dir.resolve("budget.csv")), StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(FIELDS);
            for (ExpenditureLine line : model.expenditures()) {
                String code = line.functionCode().value();
                csv.printRecord(model.year(), model.department().code(), model.department().name(), code,
                        catalog.function(code).map(e -> e.name()).orElse(""), code.substring(0, 3), "", "", line.kind().name(),
                        line.source().name(), line.carriedOver(), line.amount().toPlainString());
            }
            for (BasicEconomicLine line : model.basicEconomic()) {
                csv.printRecord(model.year(), model.department().code(), model.department().name(), "", "", "",
                        line.economicCode().value(), catalog.economic(line.economicCode()).map(e -> e.name()).orElse(""),
                        "BASIC_" + line.kind().name(), "GENERAL_PUBLIC_BUDGET", false, line.amount().toPlainString());
            }
        }
        Files.writeString(dir.resolve("datapackage.json"), descriptor(model, kind));
    }

    static String descriptor(DepartmentBudget model) throws IOException {
        return descriptor(model, org.gongkai.core.budget.DisclosureKind.BUDGET);
    }

    static String descriptor(DepartmentBudget model, org.gongkai.core.budget.DisclosureKind kind) throws IOException {
        boolean executed = kind == org.gongkai.core.budget.DisclosureKind.FINAL_ACCOUNTS;
        ObjectNode root = GongkaiJson.mapper().createObjectNode();
        root.put("name", ("gongkai-" + model.department().code() + "-" + model.year() + (executed ? "-final-accounts" : "")).toLowerCase());
        root.put("title", model.department().name() + model.year() + "年" + kind.chinese());
        root.put("profile", "fiscal-data-package");
        root.putArray("countryCode").add("CN");
        root.putArray("licenses").addObject().put("name", "CC-BY-4.0").put("title", "Creative Commons Attribution 4.0");
        ArrayNode resources = root.putArray("resources");
        ObjectNode resource = resources.addObject();
        resource.put("name", "budget").put("path", "budget.csv").put("format", "csv").put("mediatype", "text/csv")
                .put("encoding", "utf-8").put("profile", "tabular-data-resource");
        ArrayNode fields = resource.putObject("schema").putArray("fields");
        for (String field : FIELDS) {
            ObjectNode f = fields.addObject().put("name", field);
            switch (field) {
                case "year" -> f.put("type", "year");
                case "amount" -> f.put("type", "number").put("decimalChar", ".").put("description", "万元 (10,000 CNY)");
                case "carried_over" -> f.put("type", "boolean");
                default -> f.put("type", "string");
            }
        }
        ObjectNode modelNode = root.putObject("model");
        ObjectNode measures = modelNode.putObject("measures");
        measures.putObject("amount").put("source", "amount").put("currency", "CNY").put("factor", 10000)
                .put("direction", "expenditure").put("phase", executed ? "executed" : "approved");
        ObjectNode dimensions = modelNode.putObject("dimensions");
        dimension(dimensions, "date", "year", "date", "year");
        dimension(dimensions, "administrative-classification", "department_code", "administrative-classification", "department_code", "department_name");
        dimension(dimensions, "functional-classification", "function_code", "functional-classification", "function_code", "function_name", "function_class");
        dimension(dimensions, "economic-classification", "economic_code", "economic-classification", "economic_code", "economic_name");
        dimension(dimensions, "kind", "kind", "activity", "kind");
        dimension(dimensions, "funding-source", "funding_source", "fin-source", "funding_source");
        return GongkaiJson.mapper().writeValueAsString(root);
    }

    private static void dimension(ObjectNode dimensions, String name, String primaryKey, String type, String... sources) {
        ObjectNode dimension = dimensions.putObject(name);
        dimension.put("dimensionType", type).put("primaryKey", primaryKey);
        ObjectNode attributes = dimension.putObject("attributes");
        for (String source : sources) {
            attributes.putObject(source).put("source", source);
        }
    }
}
