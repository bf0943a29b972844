package org.gongkai.io.importing;

import org.gongkai.io.headline.HeadlineReading;
import org.gongkai.io.headline.Subject;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.layout.LayoutColumn;
import org.gongkai.core.layout.Layouts;
import org.gongkai.core.layout.TableLayout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.gongkai.io.importing.recognise.ReadTable;

/**
 * Importing each real published 部门决算 (final-accounts/<id>/golden.json, typed by reading the document) gives what a
 * person read in it: the kind, level, department and year; every 决算 table recognised, in order, with its unit; every
 * printed row, and every printed amount at its row (by code, or by side and name) and in its column — the printed
 * header the golden file keys it by, identified through the layout's header words; and the headline figures.
 */
class FinalAccountsCorpusGoldenTest {


    static Stream<String> disclosures() throws Exception {
        return GoldenFolders.names("/final-accounts");
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("disclosures")
    void importingTheRealFinalAccountsGivesWhatAPersonReadInThem(String id) throws Exception {
        GoldenFolders.Golden read = GoldenFolders.read("/final-accounts", id);
        JsonNode golden = read.json();
        ImportResult result = read.imported();

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(result.kind()).as("kind").isEqualTo(DisclosureKind.valueOf(golden.get("kind").asText()));
        softly.assertThat(result.facts().kind().name()).as("facts kind").isEqualTo(golden.get("kind").asText());
        softly.assertThat(result.facts().level().name()).as("level").isEqualTo(golden.get("level").asText());
        softly.assertThat(result.model().department().name()).as("department").isEqualTo(golden.get("department").asText());
        softly.assertThat(result.model().year()).as("year").isEqualTo(golden.get("year").asInt());
        int amounts = compareTables(softly, golden.get("tables"), result.readTables());
        compareHeadline(softly, golden.get("headline"), HeadlineReading.of(result), result);
        softly.assertAll();
        System.out.println("final accounts " + id + ": " + golden.get("tables").size() + " tables, " + amounts
                + " printed amounts found where the golden model has them");
    }

    private static int compareTables(SoftAssertions softly, JsonNode goldenTables, List<ReadTable> read) {
        List<String> expected = new ArrayList<>();
        goldenTables.forEach(t -> expected.add(Layouts.builtIn().byTitle(t.get("title").asText()).map(TableLayout::id).orElse("?")));
        softly.assertThat(read.stream().map(ReadTable::layout).toList()).as("决算 tables recognised, in order").isEqualTo(expected);
        int compared = 0;
        for (int i = 0; i < Math.min(read.size(), goldenTables.size()); i++) {
            JsonNode table = goldenTables.get(i);
            ReadTable mine = read.get(i);
            String what = "table " + (i + 1) + " " + table.get("title").asText();
            softly.assertThat(mine.unit()).as(what + " unit").isEqualTo(table.get("unit").asText());
            softly.assertThat(mine.empty()).as(what + " empty").isEqualTo(table.path("empty").asBoolean(false));
            if (!mine.empty()) {
                softly.assertThat(mine.rows()).as(what + ": every printed row is kept").hasSize(table.get("rows").size());
            }
            compared += compareRows(softly, what, table, mine);
        }
        return compared;
    }

    private static int compareRows(SoftAssertions softly, String what, JsonNode table, ReadTable mine) {
        TableLayout layout = Layouts.builtIn().table(mine.layout());
        Map<String, List<ReadTable.Row>> byKey = new HashMap<>();
        mine.rows().forEach(row -> byKey.computeIfAbsent(key(row.side(), row.code(), row.name()), k -> new ArrayList<>()).add(row));
        Map<String, Integer> seen = new HashMap<>();
        int compared = 0;
        for (JsonNode golden : table.get("rows")) {
            String side = golden.path("side").asText(null);
            String key = key(side, golden.path("code").asText(null), golden.path("name").asText(null));
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            if (mine.empty() && printedAmounts(golden).isEmpty()) {
                continue; // an empty table's grid of blank lines: which of them a reader calls rows is the print's choice
            }
            List<ReadTable.Row> candidates = byKey.getOrDefault(key, List.of());
            softly.assertThat(candidates.size()).as(what + ": row " + key + " #" + (occurrence + 1) + " is read").isGreaterThan(occurrence);
            if (candidates.size() <= occurrence) {
                continue;
            }
            Map<String, BigDecimal> expected = new HashMap<>();
            for (Map.Entry<String, BigDecimal> printed : printedAmounts(golden).entrySet()) {
                expected.put(columnKey(softly, what, layout, table.get("columns"), side, printed.getKey()), printed.getValue());
                compared++;
            }
            Map<String, BigDecimal> actual = new HashMap<>();
            candidates.get(occurrence).amounts().forEach((k, v) -> {
                if (expected.containsKey(k) || v.signum() != 0) {
                    actual.put(k, v.stripTrailingZeros());
                }
            });
            softly.assertThat(actual).as(what + ": amounts of row " + key).isEqualTo(expected);
        }
        return compared;
    }

    /**
     * The layout key of the column a golden amount is keyed by: the printed column whose last header is that text (on
     * the row's side where both sides print it), identified by the layout's header words as the importer does.
     */
    private static String columnKey(SoftAssertions softly, String what, TableLayout layout, JsonNode columns, String side,
                                    String leaf) {
        List<String> paths = new ArrayList<>();
        columns.forEach(c -> {
            String[] parts = c.asText().split("/");
            if (parts[parts.length - 1].equals(leaf)) {
                paths.add(c.asText());
            }
        });
        if (paths.size() > 1 && ("income".equals(side) || "expenditure".equals(side))) {
            String prefix = "income".equals(side) ? "收入" : "支出";
            paths.removeIf(p -> !p.startsWith(prefix));
        }
        List<String> keys = paths.stream().map(p -> layout.columnFor(Layouts.fold(p)).map(LayoutColumn::key).orElse("?"))
                .distinct().toList();
        softly.assertThat(keys).as(what + ": the printed column “" + leaf + "” is one layout column").hasSize(1);
        return keys.isEmpty() ? "?" : keys.get(0);
    }

    /** A row is found by side and code, or side and name with spaces and full-width forms folded away. */
    private static String key(String side, String code, String name) {
        return (side == null ? "" : side + ":") + (code != null ? code : name == null ? "" : Layouts.fold(name));
    }

    private static Map<String, BigDecimal> printedAmounts(JsonNode row) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = row.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!List.of("code", "name", "side").contains(field.getKey()) && field.getValue().asText().matches("-?\\d+(\\.\\d+)?")) {
                amounts.put(field.getKey(), new BigDecimal(field.getValue().asText()).stripTrailingZeros());
            }
        }
        return amounts;
    }

    private static void compareHeadline(SoftAssertions softly, JsonNode golden, HeadlineReading headline, ImportResult result) {
        softly.assertThat(headline).as("headline").isNotNull();
        if (headline == null) {
            return;
        }
        check(softly, "incomeTotal", golden, headline.value(Subject.INCOME_TOTAL).orElse(null));
        check(softly, "expenditureTotal", golden, headline.value(Subject.EXPENDITURE_TOTAL).orElse(null));
        check(softly, "basic", golden, headline.value(Subject.BASIC).orElse(null));
        check(softly, "project", golden, headline.value(Subject.PROJECT).orElse(null));
        check(softly, "personnel", golden, headline.value(Subject.PERSONNEL).orElse(null));
        check(softly, "publicFunds", golden, headline.value(Subject.PUBLIC_FUNDS).orElse(null));
        // A 决算 prints 机关运行经费 in its explanation only.
        check(softly, "operatingCost", golden, result.model().operatingCost());
    }

    private static void check(SoftAssertions softly, String field, JsonNode golden, BigDecimal actual) {
        JsonNode value = golden.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        softly.assertThat(actual).as("headline " + field).isNotNull();
        if (actual != null) {
            softly.assertThat(actual).as("headline " + field).isEqualByComparingTo(new BigDecimal(value.asText()));
        }
    }
}
