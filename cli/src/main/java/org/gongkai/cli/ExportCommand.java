package org.gongkai.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.gongkai.io.exporting.Exporter;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.ImportResult;
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

    @Parameters(paramLabel = "MODEL_OR_DOCUMENT", description = "预算或决算模型（.json），或已公开的部门预算、部门决算文件")
    Path input;

    @Option(names = "--format", split = ",", defaultValue = "all", description = "xlsx、docx、pdf、html、json、csv、fdp 或 all（可用逗号分隔多个）")
    List<String> formats;

    @Option(names = {"-o", "--output"}, defaultValue = ".", paramLabel = "DIR", description = "输出目录（默认当前目录）")
    Path output;

    @Override
    public Integer call() throws IOException {
        for (Path file : export()) {
            spec.commandLine().getOut().println(file);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** A budget's package or a 决算's, whichever the model or document is. */
    private List<Path> export() throws IOException {
        if (input.toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            String json = ModelJson.readText(input);
            return ModelJson.isFinalAccounts(json) ? Exporter.export(ModelJson.readAccounts(json, input.toString()), formats(), output)
                    : Exporter.export(ModelJson.read(json, input.toString()), formats(), output);
        }
        ImportResult imported = Documents.importFile(input);
        return imported.accounts() != null ? Exporter.export(imported.accounts(), formats(), output)
                : Exporter.export(imported.model(), formats(), output);
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
