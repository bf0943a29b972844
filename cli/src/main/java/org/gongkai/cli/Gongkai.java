package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.gongkai.core.budget.InvalidModelException;
import org.gongkai.io.importing.source.ImportException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code gongkai <command> …}. Bad input ends with a Chinese message and exit code 2, never a trace. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = "Gongkai（公开）部门预算公开：生成、校验、导入导出部门预算公开文件。",
        subcommands = {TablesCommand.class, CheckCommand.class, ImportCommand.class, SummaryCommand.class, ExportCommand.class,
            RulesCommand.class, InspectCommand.class, CatalogCommand.class, SiteCommand.class})
public final class Gongkai implements Runnable {

    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static {
        // Apache POI logs through Log4j; without a provider it complains on stderr. Gongkai reports its own errors.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
    }

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)).execute(args));
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Gongkai());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof InvalidModelException || e instanceof IllegalArgumentException || e instanceof ImportException
                    || e instanceof java.io.IOException) {
                cmd.getErr().println("错误：" + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        return commandLine;
    }
}
