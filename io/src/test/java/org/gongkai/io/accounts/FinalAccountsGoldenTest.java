package org.gongkai.io.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.BasicCostKind;
import org.gongkai.core.budget.BasicEconomicLine;
import org.gongkai.core.budget.Builder;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Income;
import org.gongkai.core.budget.Department;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.EconomicCode;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.AccountsTables;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.api.Test;

/**
 * The corpus 部门决算, typed by reading (golden.json): its 项 and 款 figures make final accounts whose nine generated
 * tables print every figure the document prints, except where the document does not add up (its README: 302
 * 商品和服务支出 and 公用经费合计 are printed 10.23, their lines sum to 10.22).
 */
class FinalAccountsGoldenTest {

    private static final String GOLDEN = "/final-accounts/sh-putuo-social-work-2024-final-accounts/golden.json";
    private static final ClassificationCatalog CATALOG = ClassificationCatalog.builtIn();

    @Test
    void theNineGeneratedTablesPrintWhatTheDocumentPrintsSaveItsOwnSlip() throws IOException {
        JsonNode golden = golden();
        FinalAccounts accounts = accountsOf(golden);
        List<StatementTable> generated = AccountsTables.generateAll(accounts, CATALOG);
        Map<String, BigDecimal> printed = new TreeMap<>();
        Map<String, BigDecimal> made = new TreeMap<>();
        for (int i = 0; i < 9; i++) {
            JsonNode table = golden.get("tables").get(i);
            StatementTable ours = generated.stream().filter(t -> t.title().equals(table.get("title").asText())).findFirst().orElseThrow();
            printed.putAll(cells(table));
            made.putAll(cells(ours));
        }
        Map<String, String> differences = new LinkedHashMap<>();
        java.util.Set<String> keys = new java.util.TreeSet<>(printed.keySet());
        keys.addAll(made.keySet());
        for (String key : keys) {
            BigDecimal a = printed.getOrDefault(key, BigDecimal.ZERO);
            BigDecimal b = made.getOrDefault(key, BigDecimal.ZERO);
            if (a.compareTo(b) != 0) {
                differences.put(key, a.toPlainString() + " printed, " + b.toPlainString() + " generated");
            }
        }
        assertThat(printed).hasSizeGreaterThan(80);
        assertThat(differences).containsOnlyKeys(
                "一般公共预算财政拨款基本支出决算表|right|302|决算数", "一般公共预算财政拨款基本支出决算表|right|公用经费合计|决算数");
        assertThat(differences.get("一般公共预算财政拨款基本支出决算表|right|302|决算数")).isEqualTo("10.23 printed, 10.22 generated");
    }

    @Test
    void theFinalAccountsReadFromTheGoldenSurviveTheirJson() throws IOException {
        FinalAccounts accounts = accountsOf(golden());
        FinalAccounts again = ModelJson.readAccounts(ModelJson.write(accounts), "round trip");
        assertThat(again).isEqualTo(accounts);
        assertThat(again.expenditureTotal()).isEqualByComparingTo("307.82");
        assertThat(again.figures().basic()).isEqualByComparingTo("105.58");
    }

    @Test
    void aFinalAccountsJsonWithACodeOfNoClassIsRefusedAtItsPathInTheFile() throws IOException {
        String json = ModelJson.write(accountsOf(golden())).replaceFirst("\"2013901\"", "\"2990101\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelJson.readAccounts(json, "决算.json"))
                .isInstanceOf(org.gongkai.core.budget.InvalidModelException.class)
                .hasMessageContaining("决算.json 不是有效的决算模型").hasMessageContaining("actuals.expenditures[").hasMessageContaining("2990101");
    }

    /** Every non-zero amount of a table, keyed by table, side, row (code or label) and column. */
    private static Map<String, BigDecimal> cells(JsonNode table) {
        Map<String, BigDecimal> cells = new TreeMap<>();
        String title = table.get("title").asText();
        for (JsonNode row : table.get("rows")) {
            String side = row.has("side") ? row.get("side").asText() : "-";
            String name = row.has("code") && !row.get("code").isNull() ? row.get("code").asText() : TableQueries.plain(row.get("name").asText());
            row.fields().forEachRemaining(field -> {
                if (!List.of("side", "name", "code").contains(field.getKey()) && new BigDecimal(field.getValue().asText()).signum() != 0) {
                    cells.put(title + "|" + side + "|" + name + "|" + field.getKey(), new BigDecimal(field.getValue().asText()));
                }
            });
        }
        return cells;
    }

    private static Map<String, BigDecimal> cells(StatementTable table) {
        Map<String, BigDecimal> cells = new TreeMap<>();
        boolean twoSided = table.columns().size() >= 4 && !table.columns().get(0).amounts() && !table.columns().get(2).amounts();
        boolean halves = table.columns().size() == 6 && !table.columns().get(1).amounts() && table.columns().get(2).amounts()
                && !table.columns().get(3).amounts();
        for (TableRow row : table.rows()) {
            if (halves) {
                half(table, row, 0, "left", cells);
                half(table, row, 3, "right", cells);
            } else if (twoSided) {
                put(cells, table, "income", row.cell(0).display(), table.columns().get(1).name(), row.amount(1));
                for (int c = 3; c < table.columns().size(); c++) {
                    put(cells, table, "expenditure", row.cell(2).display(), table.columns().get(c).name(), row.amount(c));
                }
            } else {
                String key = TableQueries.code(row).orElse(TableQueries.plain(row.cell(1).display()));
                for (int c = 2; c < table.columns().size(); c++) {
                    put(cells, table, "-", key, table.columns().get(c).name(), row.amount(c));
                }
            }
        }
        return cells;
    }

    private static void half(StatementTable table, TableRow row, int start, String side, Map<String, BigDecimal> cells) {
        String code = row.cell(start).display();
        put(cells, table, side, code.isBlank() ? row.cell(start + 1).display() : code, table.columns().get(start + 2).name(), row.amount(start + 2));
    }

    private static void put(Map<String, BigDecimal> cells, StatementTable table, String side, String label, String column, BigDecimal amount) {
        if (!label.isBlank() && amount.signum() != 0) {
            cells.put(table.title() + "|" + side + "|" + TableQueries.plain(label) + "|" + column, amount);
        }
    }

    /** The 决算 as its leaf figures: 项 lines of 一般公共预算 by kind, 款 lines of the basic table, income by source. */
    static FinalAccounts accountsOf(JsonNode golden) {
        int year = golden.get("year").asInt();
        Builder builder = DepartmentBudget.builder(year, new Department("999", golden.get("department").asText()));
        for (JsonNode table : golden.get("tables")) {
            switch (table.get("table").asText()) {
                case "GENERAL_PUBLIC" -> table.get("rows").forEach(row -> {
                    if (row.has("code") && row.get("code").asText().length() == 7) {
                        line(builder, row, "基本支出", ExpenditureKind.BASIC);
                        line(builder, row, "项目支出", ExpenditureKind.PROJECT);
                    }
                });
                case "GENERAL_PUBLIC_BASIC" -> table.get("rows").forEach(row -> {
                    if (row.has("code") && !row.get("code").isNull() && row.get("code").asText().length() == 5
                            && new BigDecimal(row.get("决算数").asText()).signum() != 0) {
                        builder.basic(new BasicEconomicLine(EconomicCode.of(row.get("code").asText()),
                                row.get("side").asText().equals("left") ? BasicCostKind.PERSONNEL : BasicCostKind.PUBLIC,
                                new BigDecimal(row.get("决算数").asText())));
                    }
                });
                case "INCOME_EXPENDITURE_SUMMARY" -> table.get("rows").forEach(row -> {
                    if (row.get("name").asText().contains("一般公共预算财政拨款收入") && row.has("决算数")) {
                        builder.income(new Income(FundingSource.GENERAL_PUBLIC_BUDGET, new BigDecimal(row.get("决算数").asText()), false));
                    }
                });
                default -> { }
            }
        }
        return new FinalAccounts(builder.build(), List.of(), null, null, null, null, List.of());
    }

    private static void line(Builder builder, JsonNode row, String column, ExpenditureKind kind) {
        if (row.has(column)) {
            builder.expenditure(new ExpenditureLine(FunctionCode.of(row.get("code").asText()), kind, FundingSource.GENERAL_PUBLIC_BUDGET,
                    new BigDecimal(row.get(column).asText())));
        }
    }

    static JsonNode golden() throws IOException {
        try (InputStream in = FinalAccountsGoldenTest.class.getResourceAsStream(GOLDEN)) {
            return new ObjectMapper().readTree(in);
        }
    }
}
