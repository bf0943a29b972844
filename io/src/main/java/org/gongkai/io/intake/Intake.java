package org.gongkai.io.intake;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.ImportResult;
import org.gongkai.io.importing.Interpreter;
import org.gongkai.io.importing.source.Unparsed;
import org.gongkai.io.json.ModelJson;
import org.gongkai.io.template.TemplateReader;

/**
 * Reads an uploaded file into a model, whatever it is: "model.json" (a budget's or a 决算's), a Gongkai data-entry
 * workbook (recognised by its 基本信息 sheet, not its name) or a published disclosure in text, DOCX, XLSX or PDF.
 */
public final class Intake {

    /**
     * What was read, which kind of input it was, the tables as a published document printed them, and what of it
     * was not understood.
     */
    public record Result(DepartmentBudget model, Kind kind, List<StatementTable> publishedTables, List<Unparsed> unparsed,
                         ImportResult imported, org.gongkai.io.importing.source.SourceDocument source, FinalAccounts accounts) {

        Result(DepartmentBudget model, Kind kind, List<StatementTable> publishedTables, List<Unparsed> unparsed) {
            this(model, kind, publishedTables, unparsed, null, null, null);
        }

        /** A published document is checked as it was published; a model or template as Gongkai would publish it. */
        public Disclosure disclosure(ClassificationCatalog catalog) {
            if (kind == Kind.PUBLISHED_DOCUMENT) {
                return imported.disclosure(catalog);
            }
            return accounts != null ? Disclosure.generated(accounts, catalog) : Disclosure.generated(model, catalog);
        }

        /** A budget or final accounts (then {@code model} holds the 决算数 and {@code accounts} the rest). */
        public DisclosureKind disclosureKind() {
            return accounts == null ? DisclosureKind.BUDGET : DisclosureKind.FINAL_ACCOUNTS;
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

    /**
     * Reads a budget: what a budget draft is made from. A 部门决算 (its document or its model) is refused with what it
     * is: it is checked and inspected ({@link #readEitherKind}), not drafted as a budget.
     */
    public static Result read(String name, byte[] bytes) {
        Result read = readEitherKind(name, bytes);
        if (read.accounts() != null) {
            throw new ImportException(name + " 是" + read.model().department().name() + " " + read.model().year()
                    + " 年的部门决算，不是部门预算：预算草稿只能由部门预算文件、预算模型或填报模板创建；检查决算请用批量检查或 gongkai check");
        }
        return read;
    }

    /**
     * Reads a 部门决算: what a 决算 draft is replaced by — its model JSON, its filled 决算 workbook or a published 决算. A
     * budget (its file, model or workbook) is refused with what it is.
     */
    public static Result readFinalAccounts(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            Documents.requireReadableSize(name, bytes.length);
            Optional<FinalAccounts> template = TemplateReader.readAccountsIfTemplate(name, bytes);
            if (template.isPresent()) {
                return new Result(template.get().actuals(), Kind.TEMPLATE, List.of(), List.of(), null, null, template.get());
            }
        }
        Result read = readEitherKind(name, bytes);
        if (read.accounts() == null) {
            throw new ImportException(name + " 是" + read.model().department().name() + " " + read.model().year()
                    + " 年的部门预算，不是部门决算：决算草稿只能由部门决算文件、决算模型或决算填报模板替换");
        }
        return read;
    }

    /** Reads a budget or a 部门决算, whichever the file is. */
    public static Result readEitherKind(String name, byte[] bytes) {
        Documents.requireReadableSize(name, bytes.length);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            String json = new String(bytes, StandardCharsets.UTF_8);
            if (ModelJson.isFinalAccounts(json)) {
                FinalAccounts accounts = ModelJson.readAccounts(json, name);
                return new Result(accounts.actuals(), Kind.MODEL_JSON, List.of(), List.of(), null, null, accounts);
            }
            return new Result(ModelJson.read(json, name), Kind.MODEL_JSON, List.of(), List.of());
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
            Optional<DepartmentBudget> template = TemplateReader.readIfTemplate(name, bytes);
            if (template.isPresent()) {
                return new Result(template.get(), Kind.TEMPLATE, List.of(), List.of());
            }
        }
        org.gongkai.io.importing.source.SourceDocument source = Documents.read(name, bytes);
        ImportResult imported = Interpreter.interpret(source);
        return new Result(imported.model(), Kind.PUBLISHED_DOCUMENT, imported.publishedTables(), imported.unparsed(), imported, source,
                imported.accounts());
    }
}
