package org.gongkai.io.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.narrative.Drafter;
import org.gongkai.io.exporting.PackageContent;
import org.gongkai.io.exporting.XlsxWriter;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.json.ModelJson;
import org.gongkai.io.template.TemplateWriter;
import org.junit.jupiter.api.Test;

/** Each kind of upload is recognised by its content and read by the right reader. */
class IntakeTest {

    private final DepartmentBudget model = ValidPackages.random(11, 12);

    @Test
    void aModelJsonIsReadAsTheModel() {
        Intake.Result result = Intake.read("m.json", ModelJson.write(model).getBytes(StandardCharsets.UTF_8));
        assertThat(result.kind()).isEqualTo(Intake.Kind.MODEL_JSON);
        assertThat(result.model()).isEqualTo(model);
    }

    @Test
    void aFilledTemplateIsRecognisedByItsSheetsNotItsName() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(model, out);
        Intake.Result result = Intake.read("随便起的名字.xlsx", out.toByteArray());
        assertThat(result.kind()).isEqualTo(Intake.Kind.TEMPLATE);
        assertThat(result.model()).isEqualTo(model);
    }

    @Test
    void aPublishedWorkbookIsImportedAsADocument() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxWriter.write(PackageContent.of(Drafter.draft(model), ClassificationCatalog.builtIn()), out);
        Intake.Result result = Intake.read("公开.xlsx", out.toByteArray());
        assertThat(result.kind()).isEqualTo(Intake.Kind.PUBLISHED_DOCUMENT);
        assertThat(result.model().figures().expenditureTotal()).isEqualByComparingTo(model.figures().expenditureTotal());
    }

    @Test
    void aFinalAccountsIsReadAsOneButNeverDraftedAsABudget() throws Exception {
        byte[] pdf = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(getClass().getResource(
                "/final-accounts/sh-putuo-social-work-2024-final-accounts/sh-putuo-social-work-2024-final-accounts.pdf").toURI()));
        Intake.Result result = Intake.readEitherKind("决算.pdf", pdf);
        assertThat(result.disclosureKind()).isEqualTo(org.gongkai.core.budget.DisclosureKind.FINAL_ACCOUNTS);
        assertThat(result.accounts().expenditureTotal()).isEqualByComparingTo("307.82");
        assertThat(result.disclosure(ClassificationCatalog.builtIn()).kind()).isEqualTo(org.gongkai.core.budget.DisclosureKind.FINAL_ACCOUNTS);
        assertThatThrownBy(() -> Intake.read("决算.pdf", pdf)).isInstanceOf(ImportException.class)
                .hasMessageContaining("决算.pdf 是中共上海市普陀区委社会工作部 2024 年的部门决算，不是部门预算");
        Intake.Result model = Intake.readEitherKind("决算.json", ModelJson.write(result.accounts()).getBytes(StandardCharsets.UTF_8));
        assertThat(model.kind()).isEqualTo(Intake.Kind.MODEL_JSON);
        assertThat(model.accounts()).isEqualTo(result.accounts());
    }

    @Test
    void anOversizedUploadIsRefusedBeforeReading() {
        assertThatThrownBy(() -> Intake.read("大.xlsx", new byte[60 * 1024 * 1024]))
                .isInstanceOf(ImportException.class).hasMessageContaining("大.xlsx").hasMessageContaining("超过 50 MB 上限");
    }
}
