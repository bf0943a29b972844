package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.gongkai.core.budget.AssetRow;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.ProcurementItem;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.budget.Unit;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.tables.StandardTables;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.gongkai.io.importing.read.TextReader;

/**
 * Importing each sample's published text gives the model typed by hand from reading it (samples/*\/model.json):
 * every table amount, every project (name, code, amounts, plan, number of indicators), "三公" both years,
 * procurement, assets, units, department and year.
 */
class ImportGoldenTest {

    private static Path dir(String sample) throws URISyntaxException {
        return Path.of(ImportGoldenTest.class.getResource("/golden/" + sample).toURI());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"qhd-etdz-affairs-2023", "qhd-etdz-office-2020", "qhd-etdz-approval-2020"})
    void importingThePublishedTextGivesTheHandWrittenModel(String sample) throws Exception {
        Path dir = dir(sample);
        ImportResult imported = Interpreter.interpret(TextReader.read(sample, Files.readString(dir.resolve("input.txt"))));
        DepartmentBudget expected = ModelJson.read(dir.resolve("model.json"));
        DepartmentBudget actual = imported.model();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(actual.year()).as("year").isEqualTo(expected.year());
        softly.assertThat(actual.department()).as("department").isEqualTo(expected.department());
        softly.assertThat(actual.units()).extracting(Unit::name, Unit::nature, Unit::rank, Unit::fundingForm).as("units")
                .containsExactlyElementsOf(expected.units().stream().map(u -> org.assertj.core.groups.Tuple.tuple(u.name(),
                        u.nature(), u.rank(), u.fundingForm())).toList());
        compareTables(softly, actual, expected);
        compareProjects(softly, actual.projects(), expected.projects());
        compareThreePublic(softly, "三公 this year", actual.figures().threePublic(), expected.figures().threePublic());
        if (expected.threePublicLastYear() != null) {
            compareThreePublic(softly, "三公 last year", actual.threePublicLastYear(), expected.threePublicLastYear());
        }
        softly.assertThat(actual.procurement()).extracting(ProcurementItem::projectName, ProcurementItem::itemName,
                ProcurementItem::amount).as("procurement").containsExactlyElementsOf(expected.procurement().stream()
                .map(p -> org.assertj.core.groups.Tuple.tuple(p.projectName(), p.itemName(), p.amount())).toList());
        softly.assertThat(actual.assets().total()).as("assets total").isEqualByComparingTo(expected.assets().total());
        softly.assertThat(actual.assets().rows()).extracting(AssetRow::category, r -> plain(r.quantity()), r -> plain(r.value()))
                .as("asset rows").containsExactlyElementsOf(expected.assets().rows().stream().map(r ->
                        org.assertj.core.groups.Tuple.tuple(r.category(), plain(r.quantity()), plain(r.value()))).toList());
        softly.assertThat(imported.unparsed()).as("unparsed").isEmpty();
        softly.assertAll();
        System.out.println("import " + sample + ": matches its hand-written model");
    }

    private static void compareTables(SoftAssertions softly, DepartmentBudget actual, DepartmentBudget expected) {
        if (expected.expenditures().isEmpty()) {
            softly.assertThat(actual.expenditures()).as("expenditure lines").isEmpty();
            return;
        }
        List<StatementTable> mine = StandardTables.generateAll(actual, ClassificationCatalog.builtIn());
        List<StatementTable> theirs = StandardTables.generateAll(expected, ClassificationCatalog.builtIn());
        for (int t = 0; t < 9; t++) {
            softly.assertThat(mine.get(t).rows()).as("table %d", t + 1).isEqualTo(theirs.get(t).rows());
        }
    }

    private static void compareProjects(SoftAssertions softly, List<Project> actual, List<Project> expected) {
        softly.assertThat(actual).as("projects").hasSameSizeAs(expected);
        for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
            Project a = actual.get(i);
            Project e = expected.get(i);
            String p = "project " + e.name();
            softly.assertThat(a.name()).as(p + " name").isEqualTo(e.name());
            softly.assertThat(a.code()).as(p + " code").isEqualTo(e.code());
            softly.assertThat(plain(a.amount())).as(p + " amount").isEqualTo(plain(e.amount()));
            softly.assertThat(plain(a.fiscalFunds())).as(p + " fiscal").isEqualTo(plain(e.fiscalFunds()));
            softly.assertThat(a.indicators()).as(p + " indicators").hasSameSizeAs(e.indicators());
            softly.assertThat(a.paymentPlan().stream().map(m -> m.period() + "=" + plain(m.percent())).toList())
                    .as(p + " plan").isEqualTo(e.paymentPlan().stream().map(m -> m.period() + "=" + plain(m.percent())).toList());
            softly.assertThat(a.unitCode()).as(p + " unit").isEqualTo(e.unitCode());
        }
    }

    private static void compareThreePublic(SoftAssertions softly, String what, ThreePublicAmounts actual, ThreePublicAmounts expected) {
        softly.assertThat(actual).as(what).isNotNull();
        if (actual == null) {
            return;
        }
        for (Function<ThreePublicAmounts, BigDecimal> part : List.<Function<ThreePublicAmounts, BigDecimal>>of(
                ThreePublicAmounts::abroad, ThreePublicAmounts::vehiclePurchase, ThreePublicAmounts::vehicleOperation,
                ThreePublicAmounts::reception, ThreePublicAmounts::total)) {
            softly.assertThat(Money.orZero(part.apply(actual))).as(what).isEqualByComparingTo(Money.orZero(part.apply(expected)));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
