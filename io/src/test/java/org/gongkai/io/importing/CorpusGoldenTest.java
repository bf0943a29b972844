package org.gongkai.io.importing;

import org.gongkai.io.headline.HeadlineReading;
import org.gongkai.io.headline.Subject;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.gongkai.core.layout.Layouts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.gongkai.io.importing.recognise.ReadTable;

/**
 * Importing each real published disclosure of the corpus (Shanghai and Jiangsu, one or two files each) gives what a
 * person typed by reading it (corpus/<id>/golden.json, format in corpus/GOLDEN-FORMAT.md): the kind, level,
 * department and year; every standard and regional table recognised, in its printed unit; every printed amount of
 * every row exact (to the 分 where the table is in 元); and the headline figures.
 */
class CorpusGoldenTest {

    /** Sides as the golden files name them: a separate 支出用途 pair is part of the expenditure side. */
    private static final Map<String, String> SIDES = Map.of("income", "income", "expenditure", "expenditure", "use", "expenditure");

    static Stream<String> disclosures() throws Exception {
        return GoldenFolders.names("/corpus");
    }


    @ParameterizedTest(name = "{0}")
    @MethodSource("disclosures")
    void importingTheRealDocumentGivesWhatAPersonReadInIt(String id) throws Exception {
        GoldenFolders.Golden read = GoldenFolders.read("/corpus", id);
        JsonNode golden = read.json();
        ImportResult result = read.imported();

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(result.facts().kind().name()).as("kind").isEqualTo(golden.get("kind").asText());
        softly.assertThat(result.facts().level().name()).as("level").isEqualTo(golden.get("level").asText());
        softly.assertThat(result.model().department().name()).as("department").isEqualTo(golden.get("department").asText());
        softly.assertThat(result.model().year()).as("year").isEqualTo(golden.get("year").asInt());
        int rows = compareTables(softly, golden.get("tables"), result.readTables());
        compareHeadline(softly, golden.get("headline"), HeadlineReading.of(result));
        softly.assertAll();
        System.out.println("corpus " + id + ": " + golden.get("tables").size() + " tables, " + rows + " rows match the golden model");
    }

    private static int compareTables(SoftAssertions softly, JsonNode goldenTables, List<ReadTable> read) {
        List<String> expectedLayouts = new ArrayList<>();
        goldenTables.forEach(t -> expectedLayouts.add(layoutOf(t)));
        softly.assertThat(read.stream().map(ReadTable::layout).toList()).as("tables recognised, in order").isEqualTo(expectedLayouts);
        int compared = 0;
        for (int i = 0; i < Math.min(read.size(), goldenTables.size()); i++) {
            JsonNode table = goldenTables.get(i);
            ReadTable mine = read.get(i);
            String what = "table " + (i + 1) + " " + table.get("title").asText();
            softly.assertThat(mine.unit()).as(what + " unit").isEqualTo(table.get("unit").asText());
            softly.assertThat(mine.empty()).as(what + " empty").isEqualTo(table.path("empty").asBoolean(false));
            compared += compareRows(softly, what, table.get("rows"), mine);
        }
        return compared;
    }

    /** The golden files call the Jiangsu 财政拨款 function and basic tables OTHER; Gongkai's layouts name them. */
    private static String layoutOf(JsonNode table) {
        String id = table.get("table").asText();
        if (!id.equals("OTHER")) {
            return id;
        }
        return Layouts.builtIn().byTitle(table.get("title").asText()).map(l -> l.id()).orElse("OTHER");
    }

    private static int compareRows(SoftAssertions softly, String what, JsonNode goldenRows, ReadTable mine) {
        if (Layouts.builtIn().table(mine.layout()).number() == 0 && mine.rows().stream().allMatch(r -> r.code() == null)) {
            return compareAmountsOnly(softly, what, goldenRows, mine);
        }
        Map<String, List<ReadTable.Row>> byKey = new HashMap<>();
        for (ReadTable.Row row : mine.rows()) {
            byKey.computeIfAbsent(key(row.side() == null ? null : SIDES.get(row.side()), row.code(), row.name()), k -> new ArrayList<>()).add(row);
        }
        Map<String, Integer> seen = new HashMap<>();
        int compared = 0;
        for (JsonNode golden : goldenRows) {
            Map<String, BigDecimal> amounts = amounts(golden);
            String key = key(golden.path("side").isMissingNode() ? null : golden.get("side").asText(),
                    golden.path("code").isMissingNode() ? null : golden.get("code").asText(), golden.path("name").asText(null));
            int occurrence = seen.merge(key, 1, Integer::sum) - 1;
            if (amounts.isEmpty()) {
                continue;
            }
            List<ReadTable.Row> candidates = byKey.getOrDefault(key, List.of());
            softly.assertThat(candidates.size()).as(what + ": row " + key + " #" + (occurrence + 1) + " is read").isGreaterThan(occurrence);
            if (candidates.size() > occurrence) {
                softly.assertThat(normalised(candidates.get(occurrence).amounts(), amounts.keySet()))
                        .as(what + ": amounts of row " + key).isEqualTo(amounts);
                compared++;
            }
        }
        return compared;
    }

    /**
     * A regional list without codes (政府采购: merged label cells name several rows, and which label names a row is the
     * printer's choice): every printed amount row is there, by its amounts.
     */
    private static int compareAmountsOnly(SoftAssertions softly, String what, JsonNode goldenRows, ReadTable mine) {
        List<Map<String, BigDecimal>> expected = new ArrayList<>();
        goldenRows.forEach(r -> {
            if (!amounts(r).isEmpty()) {
                expected.add(amounts(r));
            }
        });
        List<Map<String, BigDecimal>> actual = mine.rows().stream().filter(r -> !r.amounts().isEmpty())
                .map(r -> normalised(r.amounts(), expected.isEmpty() ? java.util.Set.of() : expected.get(0).keySet())).toList();
        softly.assertThat(actual).as(what + ": amount rows").containsExactlyInAnyOrderElementsOf(expected);
        return expected.size();
    }

    /** A row is found by side and code, or side and name with numbering and spaces folded away. */
    private static String key(String side, String code, String name) {
        String folded = name == null ? "" : Layouts.fold(name).replace("合计", "合计");
        return (side == null ? "" : side + ":") + (code != null ? code : folded);
    }

    private static Map<String, BigDecimal> amounts(JsonNode row) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = row.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isTextual() && field.getValue().asText().matches("-?\\d+(\\.\\d+)?")
                    && !List.of("code", "name", "side").contains(field.getKey())) {
                amounts.put(field.getKey(), new BigDecimal(field.getValue().asText()).stripTrailingZeros());
            }
        }
        return amounts;
    }

    /**
     * The read amounts under the golden keys (a single amount column is "amount" in the golden files whatever its
     * header says), zeros for blank cells, plus any non-zero amount the golden row does not have (a misplaced column).
     */
    private static Map<String, BigDecimal> normalised(Map<String, BigDecimal> read, java.util.Set<String> goldenKeys) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (Map.Entry<String, BigDecimal> entry : read.entrySet()) {
            String key = entry.getKey();
            if (!goldenKeys.contains(key) && goldenKeys.contains("amount") && List.of("total", "useAmount").contains(key)) {
                key = "amount";
            } else if (key.equals("useAmount") && !goldenKeys.contains(key)) {
                key = "amount";
            }
            BigDecimal value = entry.getValue().stripTrailingZeros();
            if (goldenKeys.contains(key) || value.signum() != 0) {
                out.putIfAbsent(key, value);
            }
        }
        return out;
    }

    private static void compareHeadline(SoftAssertions softly, JsonNode golden, HeadlineReading headline) {
        softly.assertThat(headline).as("headline").isNotNull();
        if (headline == null) {
            return;
        }
        BigDecimal factor = unitFactor(golden.get("unit").asText());
        check(softly, "incomeTotal", golden, factor, headline.value(Subject.INCOME_TOTAL).orElse(null));
        check(softly, "expenditureTotal", golden, factor, headline.value(Subject.EXPENDITURE_TOTAL).orElse(null));
        check(softly, "basic", golden, factor, headline.value(Subject.BASIC).orElse(null));
        check(softly, "project", golden, factor, headline.value(Subject.PROJECT).orElse(null));
        check(softly, "personnel", golden, factor, headline.value(Subject.PERSONNEL).orElse(null));
        check(softly, "publicFunds", golden, factor, headline.value(Subject.PUBLIC_FUNDS).orElse(null));
        JsonNode three = golden.get("threePublic");
        BigDecimal threeFactor = unitFactor(golden.path("threePublicUnit").asText("万元"));
        if (three != null && !three.isNull()) {
            {
                check(softly, "total", three, threeFactor, headline.value(Subject.THREE_PUBLIC_TOTAL).orElse(null));
                check(softly, "abroad", three, threeFactor, headline.value(Subject.ABROAD).orElse(null));
                check(softly, "vehiclePurchase", three, threeFactor, headline.value(Subject.VEHICLE_PURCHASE).orElse(null));
                check(softly, "vehicleOperation", three, threeFactor, headline.value(Subject.VEHICLE_OPERATION).orElse(null));
                check(softly, "reception", three, threeFactor, headline.value(Subject.RECEPTION).orElse(null));
            }
        }
        check(softly, "operatingCost", golden, unitFactor(golden.path("operatingCostUnit").asText("万元")), headline.value(Subject.OPERATING_COST).orElse(null));
    }

    private static void check(SoftAssertions softly, String field, JsonNode golden, BigDecimal factor, BigDecimal actual) {
        JsonNode value = golden.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        BigDecimal expected = new BigDecimal(value.asText()).multiply(factor);
        softly.assertThat(actual).as("headline " + field).isNotNull();
        if (actual != null) {
            softly.assertThat(actual).as("headline " + field).isEqualByComparingTo(expected);
        }
    }

    private static BigDecimal unitFactor(String unit) {
        return switch (unit) {
            case "元" -> new BigDecimal("0.0001");
            case "千元" -> new BigDecimal("0.1");
            default -> BigDecimal.ONE;
        };
    }
}
