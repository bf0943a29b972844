package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.Project;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.tables.StandardTables;
import org.gongkai.core.tables.StatementTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.gongkai.io.importing.read.TextReader;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.source.SourceDocument;

/**
 * The 2023 sample laid out as a real DOCX, XLSX and PDF (POI, PDFBox) imports back to the same figures as its text.
 */
class FormatsRoundTripTest {

    private static SourceDocument text;
    private static DepartmentBudget fromText;

    @BeforeAll
    static void readTheText() throws Exception {
        Path input = Path.of(FormatsRoundTripTest.class.getResource("/golden/qhd-etdz-affairs-2023/input.txt").toURI());
        text = TextReader.read("input.txt", Files.readString(input));
        fromText = Interpreter.interpret(text).model();
    }

    @Test
    void aWordDocumentImportsToTheSameModel() throws Exception {
        ImportResult docx = Interpreter.interpret(Documents.read("sample.docx", Renderings.docx(text)));
        assertSameFigures(docx.model());
        assertSameProjects(docx.model());
        assertThat(docx.model().narrative()).isEqualTo(fromText.narrative());
        assertThat(docx.unparsed()).isEmpty();
    }

    @Test
    void aWorkbookImportsToTheSameModel() throws Exception {
        ImportResult xlsx = Interpreter.interpret(Documents.read("sample.xlsx", Renderings.xlsx(text)));
        assertSameFigures(xlsx.model());
        assertSameProjects(xlsx.model());
        assertThat(xlsx.unparsed()).as(xlsx.unparsed().toString()).isEmpty();
    }

    @Test
    void aPdfImportsToTheSameTableFigures() throws Exception {
        ImportResult pdf = Interpreter.interpret(Documents.read("sample.pdf", Renderings.pdf(text)));
        assertSameFigures(pdf.model());
        assertThat(pdf.model().projects()).extracting(Project::name)
                .containsExactlyElementsOf(fromText.projects().stream().map(Project::name).toList());
    }

    @Test
    void aFileNamedDocxThatIsNotOneIsRefusedClearly() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Documents.read("broken.docx", "不是一个 Word 文件".getBytes()))
                .isInstanceOf(ImportException.class).hasMessageContaining("broken.docx").hasMessageContaining("DOCX");
    }

    private static void assertSameFigures(DepartmentBudget model) {
        assertThat(model.year()).isEqualTo(fromText.year());
        assertThat(model.department()).isEqualTo(fromText.department());
        List<StatementTable> mine = StandardTables.generateAll(model, ClassificationCatalog.builtIn());
        List<StatementTable> theirs = StandardTables.generateAll(fromText, ClassificationCatalog.builtIn());
        for (int t = 0; t < 9; t++) {
            assertThat(mine.get(t).rows()).as("table %d", t + 1).isEqualTo(theirs.get(t).rows());
        }
        assertThat(model.procurement()).isEqualTo(fromText.procurement());
        assertThat(model.assets().rows().stream().map(FormatsRoundTripTest::plain).toList())
                .as("asset rows (a spreadsheet keeps 12.048 of 12.0480)")
                .isEqualTo(fromText.assets().rows().stream().map(FormatsRoundTripTest::plain).toList());
        assertThat(model.units()).isEqualTo(fromText.units());
    }

    private static String plain(org.gongkai.core.budget.AssetRow row) {
        return row.category() + "|" + (row.quantity() == null ? "" : row.quantity().stripTrailingZeros().toPlainString()) + "|"
                + (row.value() == null ? "" : row.value().stripTrailingZeros().toPlainString());
    }

    private static void assertSameProjects(DepartmentBudget model) {
        assertThat(model.projects()).isEqualTo(fromText.projects());
        assertThat(model.threePublicLastYear()).isEqualTo(fromText.threePublicLastYear());
    }
}
