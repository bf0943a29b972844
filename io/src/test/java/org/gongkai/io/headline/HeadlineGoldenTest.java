package org.gongkai.io.headline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.json.SummaryJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real disclosures from provinces beyond the first templates (headlines/<case>/headline.json, typed by reading the PDF,
 * never by running the importer): the summary names the department, year, kind and level as the document does, and
 * never gives a headline figure other than the one printed — a figure not read is null. The figures it cannot read yet
 * are listed in known-gaps.txt; a gap closed must be struck from the list, a new one is a failure.
 */
class HeadlineGoldenTest {

    private static final Map<String, String> PATHS = Map.ofEntries(
            Map.entry("incomeTotal", "/incomeTotal"), Map.entry("expenditureTotal", "/expenditureTotal"), Map.entry("basic", "/basic"),
            Map.entry("project", "/project"), Map.entry("personnel", "/personnel"), Map.entry("publicFunds", "/publicFunds"),
            Map.entry("threePublicTotal", "/threePublic/total"), Map.entry("abroad", "/threePublic/abroad"),
            Map.entry("vehiclePurchase", "/threePublic/vehiclePurchase"), Map.entry("vehicleOperation", "/threePublic/vehicleOperation"),
            Map.entry("reception", "/threePublic/reception"), Map.entry("operatingCost", "/operatingCost"));
    private static final BigDecimal ROUNDING = new BigDecimal("0.005");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> REPORT = new ArrayList<>();
    private static int printed;
    private static int read;

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> dirs = Files.list(root())) {
            return dirs.filter(d -> Files.exists(d.resolve("headline.json"))).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsWhoAndWhatAndNoFigureOtherThanPrinted(String id) throws Exception {
        Path dir = root().resolve(id);
        JsonNode golden = JSON.readTree(dir.resolve("headline.json").toFile());
        Path file = dir.resolve(golden.get("file").asText());
        if (golden.get("kind").asText().equals("NOT_A_DISCLOSURE")) {
            assertThatThrownBy(() -> Documents.importFile(file)).isInstanceOf(ImportException.class)
                    .hasMessageNotContaining("空白模板").hasMessageContaining("不是部门预算").hasMessageContaining("扫描");
            return;
        }
        JsonNode summary = JSON.readTree(SummaryJson.write(Documents.importFile(file)));
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(summary.path("department").asText()).as("department").isEqualTo(golden.get("department").asText());
        softly.assertThat(summary.path("year").asInt()).as("year").isEqualTo(golden.get("year").asInt());
        softly.assertThat(summary.path("kind").asText()).as("kind").isEqualTo(golden.get("kind").asText());
        softly.assertThat(summary.path("level").asText()).as("level").isEqualTo(golden.get("level").asText());
        Set<String> gaps = knownGaps(id);
        Set<String> missing = new TreeSet<>();
        golden.get("figures").fields().forEachRemaining(figure -> {
            BigDecimal expected = new BigDecimal(figure.getValue().get("value").asText());
            JsonNode actual = summary.at(PATHS.get(figure.getKey()));
            printed++;
            if (actual.isMissingNode() || actual.isNull()) {
                missing.add(figure.getKey());
                return;
            }
            read++;
            softly.assertThat(actual.decimalValue().subtract(expected).abs()).as(id + " " + figure.getKey() + " = " + actual.decimalValue()
                    + "，印的是 " + expected + "（" + figure.getValue().get("where").asText() + "）").isLessThanOrEqualTo(ROUNDING);
        });
        REPORT.add(String.format("%-48s read %2d of %2d%s", id, golden.get("figures").size() - missing.size(), golden.get("figures").size(),
                missing.isEmpty() ? "" : "  not read: " + String.join(" ", missing)));
        softly.assertThat(missing).as(id + ": figures not read that known-gaps.txt does not list").isSubsetOf(gaps);
        softly.assertThat(gaps).as(id + ": known-gaps.txt lists figures now read (strike them)").isSubsetOf(missing);
        softly.assertAll();
    }

    @AfterAll
    static void report() {
        REPORT.forEach(System.out::println);
        System.out.printf("headline figures read: %d of %d printed%n", read, printed);
    }

    private static Set<String> knownGaps(String id) throws IOException, URISyntaxException {
        Set<String> gaps = new TreeSet<>();
        for (String line : Files.readAllLines(root().resolve("known-gaps.txt"))) {
            String[] words = line.strip().split("\\s+");
            if (!line.startsWith("#") && words.length > 1 && words[0].equals(id)) {
                gaps.addAll(List.of(words).subList(1, words.length));
            }
        }
        return gaps;
    }

    private static Path root() throws URISyntaxException {
        return Path.of(HeadlineGoldenTest.class.getResource("/headlines").toURI());
    }
}
