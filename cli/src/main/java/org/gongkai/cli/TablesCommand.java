package org.gongkai.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.tables.AccountsTables;
import org.gongkai.core.tables.StandardTables;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.json.ModelJson;
import org.gongkai.io.json.TablesJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai tables FILE [--format text|json] [--table N]}: the nine tables of a budget or a 决算 — generated from a
 * model, or as a published document prints them.
 */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = "由预算或决算模型（JSON）生成九张公开表并输出；给出已公开的文件（部门预算或部门决算）时，输出其中读入的公开表。")
final class TablesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "预算模型或决算模型（.json，格式见 docs/model.md），或已公开的文件（文本、DOCX、XLSX、PDF）")
    Path file;

    @Option(names = "--format", defaultValue = "text", description = "输出格式：${COMPLETION-CANDIDATES}（默认 ${DEFAULT-VALUE}）")
    Format format;

    @Option(names = "--table", paramLabel = "N", description = "只输出第 N 张表（1–9）")
    Integer table;

    @Override
    public Integer call() {
        if (table != null && (table < 1 || table > 9)) {
            throw new IllegalArgumentException("--table 应为 1 到 9，实际为 " + table);
        }
        List<StatementTable> tables = tables();
        if (table != null) {
            tables = tables.stream().filter(t -> t.kind().number() == table).toList();
            if (tables.isEmpty()) {
                throw new IllegalArgumentException(file.getFileName() + " 中没有读到第 " + table + " 张表");
            }
        }
        spec.commandLine().getOut().print(format == Format.json ? TablesJson.write(tables) + "\n" : TextTables.render(tables));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private List<StatementTable> tables() {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return Documents.importFile(file).publishedTables();
        }
        String json = ModelJson.readText(file);
        return ModelJson.isFinalAccounts(json)
                ? AccountsTables.generateAll(ModelJson.readAccounts(json, file.toString()), ClassificationCatalog.builtIn())
                : StandardTables.generateAll(ModelJson.read(json, file.toString()), ClassificationCatalog.builtIn());
    }
}
