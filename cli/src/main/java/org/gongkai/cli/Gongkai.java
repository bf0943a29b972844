package org.gongkai.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.gongkai.core.budget.InvalidModelException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code gongkai <command> …}. Bad input ends with a Chinese message and exit code 2, never a trace. */
@Command(name = "gongkai", mixinStandardHelpOptions = true, version = "gongkai 0.1.0",
        description = "Gongkai（公开）部门预算公开：生成、校验、导入导出部门预算公开文件。",
        subcommands = {TablesCommand.class, CheckCommand.class, RulesCommand.class})
public final class Gongkai implements Runnable {

    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
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
            if (e instanceof InvalidModelException || e instanceof IllegalArgumentException) {
                cmd.getErr().println("错误：" + e.getMessage());
                return BAD_INPUT;
            }
            throw e;
        });
        return commandLine;
    }
}
