package org.gongkai.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.io.exporting.Exporter;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.json.ModelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai export MODEL_OR_DOCUMENT --format xlsx|docx|pdf|html|json|csv|fdp|all -o DIR}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "导出公开文件：XLSX、DOCX、PDF、HTML、JSON、CSV（每表一个）、财政数据包（FDP）；all 为全部。")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL_OR_DOCUMENT", description = "预算模型（.json）或已公开的文件")
    Path input;

    @Option(names = "--format", split = ",", defaultValue = "all", description = "xlsx、docx、pdf、html、json、csv、fdp 或 all（可用逗号分隔多个）")
    List<String> formats;

    @Option(names = {"-o", "--output"}, defaultValue = ".", paramLabel = "DIR", description = "输出目录（默认当前目录）")
    Path output;

    @Override
    public Integer call() throws IOException {
        DepartmentBudget model = input.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? ModelJson.read(input) : budget();
        for (Path file : Exporter.export(model, formats(), output)) {
            spec.commandLine().getOut().println(file);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The exporters write a budget's package: a 决算 read from a document is refused rather than exported as a budget. */
    private DepartmentBudget budget() {
        org.gongkai.io.importing.ImportResult imported = Documents.importFile(input);
        if (imported.accounts() != null) {
            throw new IllegalArgumentException(input.getFileName() + " 是部门决算：导出目前只生成部门预算公开文件；决算的九张表用 gongkai tables 输出");
        }
        return imported.model();
    }

    private Set<Exporter.Format> formats() {
        Set<Exporter.Format> set = EnumSet.noneOf(Exporter.Format.class);
        for (String name : formats) {
            if (name.equalsIgnoreCase("all")) {
                set.addAll(EnumSet.allOf(Exporter.Format.class));
            } else {
                try {
                    set.add(Exporter.Format.valueOf(name.toLowerCase(Locale.ROOT).strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("--format 不支持“" + name + "”，可选 xlsx、docx、pdf、html、json、csv、fdp、all");
                }
            }
        }
        return set;
    }
}
