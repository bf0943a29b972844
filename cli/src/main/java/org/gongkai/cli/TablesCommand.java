package org.gongkai.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.tables.StandardTables;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.io.json.ModelJson;
import org.gongkai.io.json.TablesJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai tables MODEL.json [--format text|json] [--table N]}: prints the nine standard tables. */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = "由预算模型（JSON）生成九张部门预算公开表并输出。")
final class TablesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "MODEL.json", description = "预算模型文件（格式见 docs/model.md）")
    Path model;

    @Option(names = "--format", defaultValue = "text", description = "输出格式：${COMPLETION-CANDIDATES}（默认 ${DEFAULT-VALUE}）")
    Format format;

    @Option(names = "--table", paramLabel = "N", description = "只输出第 N 张表（1–9）")
    Integer table;

    @Override
    public Integer call() {
        if (table != null && (table < 1 || table > 9)) {
            throw new IllegalArgumentException("--table 应为 1 到 9，实际为 " + table);
        }
        DepartmentBudget budget = ModelJson.read(model);
        List<StatementTable> tables = StandardTables.generateAll(budget, ClassificationCatalog.builtIn());
        if (table != null) {
            tables = List.of(tables.get(table - 1));
        }
        spec.commandLine().getOut().print(format == Format.json ? TablesJson.write(tables) + "\n" : TextTables.render(tables));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
