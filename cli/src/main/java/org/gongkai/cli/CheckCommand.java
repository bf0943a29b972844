package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.core.rules.Severity;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.ImportResult;
import org.gongkai.io.json.FindingsJson;
import org.gongkai.io.json.ModelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai check FILE [--format text|json]}: runs the rules of the file's kind (部门预算 or 部门决算) on it;
 * exit 0 = no ERROR, 1 = ERRORs, 2 = unreadable.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "校验预算或决算模型，或已公开的部门预算、部门决算文件，列出全部问题。退出码：0 无错误，1 有错误，2 文件无法读取。")
final class CheckCommand implements Callable<Integer> {

    static final int HAS_ERRORS = 1;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "预算或决算模型（.json，格式见 docs/model.md）或已公开的文件（文本、网页、Word、Excel、WPS、PDF）；几个文件是同一份公开的几部分时（说明 PDF 与表格 PDF、网页与附件）一并给出，或给出放着它们的文件夹")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", description = "输出格式：${COMPLETION-CANDIDATES}（默认 ${DEFAULT-VALUE}）")
    Format format;

    @Override
    public Integer call() {
        Disclosure disclosure = disclosure();
        List<Finding> findings = RuleRegistry.check(disclosure);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(FindingsJson.write(findings));
        } else {
            if (disclosure.kind() == DisclosureKind.FINAL_ACCOUNTS) {
                out.println(disclosure.kind().chinese() + "：" + disclosure.model().department().name() + " " + disclosure.model().year() + " 年");
            }
            collapsed(findings).forEach(out::println);
            out.println(summary(findings));
        }
        out.flush();
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? HAS_ERRORS : 0;
    }

    /** A model JSON is checked as Gongkai would publish it; a published document as it was published. */
    private Disclosure disclosure() {
        Path file = files.get(0);
        if (files.size() == 1 && file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            String json = ModelJson.readText(file);
            if (ModelJson.isFinalAccounts(json)) {
                return Disclosure.generated(ModelJson.parseAccounts(json, file.toString()), ClassificationCatalog.builtIn());
            }
            DepartmentBudget model = ModelJson.parse(json, file.toString());
            return Disclosure.generated(model, ClassificationCatalog.builtIn());
        }
        ImportResult imported = Documents.importFiles(files);
        if (imported.facts() != null && imported.facts().kind() == org.gongkai.io.importing.recognise.DocumentFacts.Kind.BLANK_TEMPLATE) {
            throw new org.gongkai.io.importing.source.ImportException(file.getFileName() + " 是空白的公开模板（表中没有金额，文字为“XX”占位），"
                    + "不是已公开的文件：填写后再检查，或用 gongkai import 把它读成草稿");
        }
        if (!imported.unparsed().isEmpty()) {
            spec.commandLine().getErr().println("提示：导入时有 " + imported.unparsed().size() + " 处内容未识别（用 gongkai import 查看）");
        }
        return imported.disclosure(ClassificationCatalog.builtIn());
    }

    /**
     * The same finding in several places (one unknown code in tables 2, 3 and 5) is one line naming the first place
     * and how many there are, not a cascade.
     */
    static List<String> collapsed(List<Finding> findings) {
        java.util.Map<String, List<Finding>> same = new java.util.LinkedHashMap<>();
        findings.forEach(f -> same.computeIfAbsent(f.rule() + "\u0000" + f.severity() + "\u0000" + f.message(), k -> new java.util.ArrayList<>()).add(f));
        return same.values().stream().map(group -> {
            Finding first = group.get(0);
            String where = group.size() == 1 ? first.location() : first.location() + " 等 " + group.size() + " 处";
            return "[" + first.rule() + "] " + first.severity().chinese() + " " + where + "：" + first.message();
        }).toList();
    }

    static String summary(List<Finding> findings) {
        return "共 " + findings.size() + " 条：错误 " + count(findings, Severity.ERROR) + "，警告 "
                + count(findings, Severity.WARNING) + "，提示 " + count(findings, Severity.INFO);
    }

    private static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
