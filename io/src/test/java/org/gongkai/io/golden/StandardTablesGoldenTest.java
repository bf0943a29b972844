package org.gongkai.io.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.tables.Column;
import org.gongkai.core.tables.StandardTables;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden case holds a published disclosure (input.txt) and a model written by hand from reading it
 * (model.json). The nine tables generated from the model must match the document's own tables, every row,
 * every label and every amount.
 *
 * <p>Where a published layout differs from the official one, the mapping below says so explicitly:
 * in the 2023 sample, table 9's 一般公共预算财政拨款 header is split over two cells, so its amounts sit one
 * cell to the right; tables 2 and 3 carry one empty trailing cell from split headers; and table 6 writes
 * 维修(护)费 with half-width brackets (compared after Unicode NFKC folding, which equates them).
 */
class StandardTablesGoldenTest {

    /** The golden cases whose document publishes its tables (some text renderings carry none). */
    static Stream<String> cases() throws IOException, URISyntaxException {
        Path golden = Path.of(StandardTablesGoldenTest.class.getResource("/golden").toURI());
        try (Stream<Path> dirs = Files.list(golden)) {
            return dirs.filter(d -> Files.exists(d.resolve("model.json")) && Files.exists(d.resolve("input.txt")))
                    .filter(StandardTablesGoldenTest::publishesTables)
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    private static boolean publishesTables(Path dir) {
        try {
            return PublishedTables.read(Files.readString(dir.resolve("input.txt"))).has(1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedTablesMatchThePublishedTablesRowByRow(String name) throws Exception {
        Path dir = Path.of(getClass().getResource("/golden/" + name).toURI());
        DepartmentBudget model = ModelJson.read(dir.resolve("model.json"));
        PublishedTables published = PublishedTables.read(Files.readString(dir.resolve("input.txt")));
        List<StatementTable> tables = StandardTables.generateAll(model, ClassificationCatalog.builtIn());

        SoftAssertions softly = new SoftAssertions();
        for (StatementTable table : tables) {
            int number = table.kind().number();
            softly.assertThat(published.has(number)).as("document has table %d %s", number, table.title()).isTrue();
            compare(softly, table, published.rows(number), columnMap(number));
            if (table.shownEmpty()) {
                softly.assertThat(table.note()).as("table %d note", number).isEqualTo(published.note(number));
            }
        }
        softly.assertAll();
        System.out.println("golden " + name + ": 9 tables match");
    }

    /** Which cell of the published row (after 序号) holds each of our columns. */
    private static int[] columnMap(int table) {
        return table == 9 ? new int[] {0, 1, 3, 4, 5} : null;
    }

    private static void compare(SoftAssertions softly, StatementTable table, Map<Integer, List<String>> published,
                                int[] columnMap) {
        String t = "table " + table.kind().number();
        softly.assertThat(table.rows().stream().map(TableRow::seq).toList()).as("%s 序号", t)
                .isEqualTo(new ArrayList<>(published.keySet()));
        for (TableRow row : table.rows()) {
            List<String> cells = published.getOrDefault(row.seq(), List.of());
            for (int c = 0; c < table.columns().size(); c++) {
                int at = columnMap == null ? c : columnMap[c];
                String theirs = at < cells.size() ? cells.get(at) : "";
                Column column = table.columns().get(c);
                String where = t + " row " + row.seq() + " " + column.name();
                if (column.amounts()) {
                    softly.assertThat(amount(row.cell(c).amount())).as(where).isEqualTo(amount(theirs));
                } else {
                    softly.assertThat(text(row.cell(c).display())).as(where).isEqualTo(text(theirs));
                }
            }
            for (int extra = table.columns().size(); columnMap == null && extra < cells.size(); extra++) {
                softly.assertThat(cells.get(extra).strip()).as("%s row %d trailing cell %d", t, row.seq(), extra).isEmpty();
            }
        }
    }

    private static BigDecimal amount(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString().replace(",", "").strip();
        return text.isEmpty() ? null : new BigDecimal(text).setScale(2);
    }

    /** Wrapped names come with spaces inside ("文化旅游体育与传媒支 出"); full- and half-width forms are equal. */
    private static String text(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
