package org.gongkai.io.exporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.gongkai.core.budget.AssetRow;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.Project;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.narrative.Drafter;
import org.gongkai.core.tables.StandardTables;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.ImportResult;
import org.gongkai.io.importing.Interpreter;
import org.gongkai.io.json.ModelJson;
import org.gongkai.io.SampleModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What Gongkai exports as XLSX, DOCX and PDF imports back to the same figures: the samples' models and random ones. */
class ExportRoundTripTest {

    static Stream<Arguments> models() throws Exception {
        return SampleModels.samplesAndRandom(3, 25);
    }

    @ParameterizedTest(name = "xlsx {0}")
    @MethodSource("models")
    void anExportedWorkbookImportsToTheSameModel(String name, DepartmentBudget model) throws Exception {
        ImportResult imported = roundTrip(model, "xlsx");
        assertSameFigures(imported.model(), model, UnaryOperator.identity());
        assertSameProjects(imported.model(), model);
        assertThat(imported.unparsed()).as(imported.unparsed().toString()).isEmpty();
    }

    @ParameterizedTest(name = "docx {0}")
    @MethodSource("models")
    void anExportedWordDocumentImportsToTheSameFigures(String name, DepartmentBudget model) throws Exception {
        ImportResult imported = roundTrip(model, "docx");
        assertSameFigures(imported.model(), model, UnaryOperator.identity());
        assertSameProjects(imported.model(), model);
    }

    /**
     * The PDF prints amounts as a finance bureau does, to two decimals (a model keeps asset values to six): it reads
     * back to the figures it prints. Its ruled tables read back the projects as the Word document does. It names the
     * department as citizens know it (「编制部门：…」), without the finance bureau's internal code: the name reads back.
     */
    @ParameterizedTest(name = "pdf {0}")
    @MethodSource("models")
    void anExportedPdfImportsToTheFiguresItPrints(String name, DepartmentBudget model) throws Exception {
        ImportResult imported = roundTrip(model, "pdf");
        assertThat(imported.model().department().name()).isEqualTo(model.department().name());
        assertSameFigures(imported.model(), model, ExportRoundTripTest::printed, false);
        assertSameProjects(imported.model(), model);
    }

    /** An amount as printed to two decimals, rounded half up (四舍五入). */
    private static BigDecimal printed(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    static ImportResult roundTrip(DepartmentBudget model, String format) throws Exception {
        PackageContent content = PackageContent.of(Drafter.draft(model), ClassificationCatalog.builtIn());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (format) {
            case "xlsx" -> XlsxWriter.write(content, out);
            case "docx" -> DocxWriter.write(content, out);
            default -> PdfWriter.write(content, out);
        }
        return Interpreter.interpret(Documents.read("export." + format, out.toByteArray()));
    }

    /** The same figures; {@code printed} is what the format makes of an asset value the model holds. */
    private static void assertSameFigures(DepartmentBudget actual, DepartmentBudget expected, UnaryOperator<BigDecimal> printed) {
        assertSameFigures(actual, expected, printed, true);
    }

    /** {@code codePrinted}: whether the format prints the department's code beside its name (the PDF prints the name only). */
    private static void assertSameFigures(DepartmentBudget actual, DepartmentBudget expected, UnaryOperator<BigDecimal> printed,
                                          boolean codePrinted) {
        assertThat(actual.year()).isEqualTo(expected.year());
        assertThat(codePrinted ? actual.department() : actual.department().name())
                .isEqualTo(codePrinted ? expected.department() : expected.department().name());
        List<StatementTable> mine = StandardTables.generateAll(actual, ClassificationCatalog.builtIn());
        List<StatementTable> theirs = StandardTables.generateAll(expected, ClassificationCatalog.builtIn());
        for (int t = 0; t < 9; t++) {
            assertThat(mine.get(t).rows()).as("table %d", t + 1).isEqualTo(theirs.get(t).rows());
        }
        assertThat(actual.procurement()).extracting(p -> p.projectName() + "|" + p.itemName() + "|" + p.amount())
                .containsExactlyElementsOf(expected.procurement().stream().map(p -> p.projectName() + "|" + p.itemName() + "|" + p.amount()).toList());
        if (expected.assets() != null && !expected.assets().rows().isEmpty()) {
            assertThat(actual.assets().total()).isEqualByComparingTo(printed.apply(expected.assets().total()));
            assertThat(actual.assets().rows()).extracting(r -> assetRow(r, UnaryOperator.identity()))
                    .containsExactlyElementsOf(expected.assets().rows().stream().map(r -> assetRow(r, printed)).toList());
        }
        if (expected.operatingCost() != null) {
            assertThat(actual.operatingCost()).isEqualByComparingTo(expected.operatingCost());
        }
    }

    private static String assetRow(AssetRow row, UnaryOperator<BigDecimal> printed) {
        return row.category() + "|" + (row.quantity() == null ? "" : row.quantity().stripTrailingZeros().toPlainString()) + "|"
                + (row.value() == null ? "" : printed.apply(row.value()).stripTrailingZeros().toPlainString());
    }

    private static void assertSameProjects(DepartmentBudget actual, DepartmentBudget expected) {
        assertThat(actual.projects()).hasSameSizeAs(expected.projects());
        for (int i = 0; i < expected.projects().size(); i++) {
            Project a = actual.projects().get(i);
            Project e = expected.projects().get(i);
            assertThat(a.name()).isEqualTo(e.name());
            assertThat(a.code()).isEqualTo(e.code());
            assertThat(a.amount() == null ? null : a.amount().stripTrailingZeros())
                    .isEqualTo(e.amount() == null ? null : e.amount().stripTrailingZeros());
            assertThat(a.indicators()).as(e.name()).hasSameSizeAs(e.indicators());
            assertThat(a.paymentPlan()).extracting(m -> m.period() + m.percent().stripTrailingZeros().toPlainString())
                    .containsExactlyElementsOf(e.paymentPlan().stream().map(m -> m.period() + m.percent().stripTrailingZeros().toPlainString()).toList());
        }
        if (expected.threePublicLastYear() != null) {
            assertThat(actual.threePublicLastYear().total()).isEqualByComparingTo(expected.threePublicLastYear().total());
        }
    }
}
