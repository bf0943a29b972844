package org.gongkai.io.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.ImportResult;
import org.gongkai.io.importing.Interpreter;
import org.gongkai.io.importing.Unparsed;
import org.gongkai.io.json.ModelJson;
import org.gongkai.io.template.TemplateReader;

/**
 * Reads an uploaded file into a model, whatever it is: "model.json", a Gongkai data-entry workbook (recognised by
 * its 基本信息 sheet, not its name) or a published disclosure in text, DOCX, XLSX or PDF.
 */
public final class Intake {

    /**
     * What was read, which kind of input it was, the tables as a published document printed them, and what of it
     * was not understood.
     */
    public record Result(DepartmentBudget model, Kind kind, List<StatementTable> publishedTables, List<Unparsed> unparsed,
                         ImportResult imported, org.gongkai.io.importing.SourceDocument source) {

        Result(DepartmentBudget model, Kind kind, List<StatementTable> publishedTables, List<Unparsed> unparsed) {
            this(model, kind, publishedTables, unparsed, null, null);
        }

        /** A published document is checked as it was published; a model or template as Gongkai would publish it. */
        public Disclosure disclosure(ClassificationCatalog catalog) {
            return kind == Kind.PUBLISHED_DOCUMENT ? imported.disclosure(catalog) : Disclosure.generated(model, catalog);
        }
    }

    public enum Kind {
        MODEL_JSON("预算模型 JSON"), TEMPLATE("数据填报模板"), PUBLISHED_DOCUMENT("已公开的文件");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    private Intake() {
    }

    public static Result read(String name, byte[] bytes) {
        Documents.requireReadableSize(name, bytes.length);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return new Result(ModelJson.read(new String(bytes, StandardCharsets.UTF_8), name), Kind.MODEL_JSON, List.of(), List.of());
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            Optional<DepartmentBudget> template = TemplateReader.readIfTemplate(name, bytes);
            if (template.isPresent()) {
                return new Result(template.get(), Kind.TEMPLATE, List.of(), List.of());
            }
        }
        org.gongkai.io.importing.SourceDocument source = Documents.read(name, bytes);
        ImportResult imported = Interpreter.interpret(source);
        return new Result(imported.model(), Kind.PUBLISHED_DOCUMENT, imported.publishedTables(), imported.unparsed(), imported, source);
    }
}
