package org.gongkai.cli;

import java.io.PrintWriter;
import org.gongkai.core.rules.Rule;
import org.gongkai.core.rules.RuleCatalogue;
import org.gongkai.core.rules.RuleRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gongkai rules [--markdown]}: lists every rule (the markdown form is docs/rules.md). */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "列出全部校验规则（--markdown 输出规则目录 docs/rules.md）。")
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--markdown", description = "以 Markdown 输出规则目录")
    boolean markdown;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (markdown) {
            out.print(RuleCatalogue.markdown(RuleRegistry.all()));
        } else {
            for (Rule rule : RuleRegistry.all()) {
                out.println(rule.id() + "  " + rule.severity().chinese() + "  " + rule.description());
            }
        }
        out.flush();
    }
}
