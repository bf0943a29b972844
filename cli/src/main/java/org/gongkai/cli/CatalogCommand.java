package org.gongkai.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.core.classification.CatalogEntry;
import org.gongkai.core.classification.ClassificationCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai catalog show CODE [--years]}: a code's name in the built-in catalog, and its name history by year. */
@Command(name = "catalog", mixinStandardHelpOptions = true, description = "政府收支分类科目：查看内置目录，读取并载入官方目录文件",
        subcommands = {CatalogCommand.Show.class, CatalogCommand.Coverage.class, CatalogLoad.class})
final class CatalogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "coverage", mixinStandardHelpOptions = true, description = "内置目录各年度、各类的科目数（--markdown 写 docs/catalog.md）")
    static final class Coverage implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--markdown", description = "以 Markdown 输出（docs/catalog.md）")
        boolean markdown;

        @Override
        public Integer call() {
            spec.commandLine().getOut().print(org.gongkai.core.classification.CatalogCoverage.markdown(
                    ClassificationCatalog.builtIn(), ClassificationCatalog.FIRST_YEAR, 2026));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "显示一个科目编码的名称；--years 列出各年度名称的沿革")
    static final class Show implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "CODE", description = "功能分类（3、5、7 位）或经济分类（3、5 位，以 3 或 5 开头）编码")
        String code;

        @Option(names = "--years", description = "列出该编码在各年度的名称（更名、新增、停用）")
        boolean years;

        @Option(names = "--year", description = "只看这一年（默认最新一年）")
        Integer year;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            ClassificationCatalog catalog = ClassificationCatalog.builtIn();
            boolean economic = code.matches("[35]\\d{2}(\\d{2})?");
            if (!code.matches("\\d{3}|\\d{5}|\\d{7}")) {
                throw new IllegalArgumentException("“" + code + "”不是科目编码：功能分类为 3、5、7 位数字，经济分类为 3、5 位数字");
            }
            List<CatalogEntry> history = economic ? catalog.economicHistory(code) : catalog.functionHistory(code);
            String kind = economic ? "经济分类" : "功能分类";
            if (history.isEmpty()) {
                out.println(kind + "科目 " + code + " 不在内置目录中（" + ClassificationCatalog.FIRST_YEAR + "–" + ClassificationCatalog.LAST_YEAR
                        + " 年）。如为当年新增科目，请以财政部门发布的当年目录为准");
                out.flush();
                return 1;
            }
            if (years) {
                for (CatalogEntry entry : history) {
                    out.println(code + "\t" + entry.name() + "\t" + range(entry) + "\t" + source(entry));
                }
            } else {
                int shown = year != null ? year : ClassificationCatalog.LAST_YEAR;
                var entry = economic ? catalog.forYear(shown).economic(code) : catalog.forYear(shown).function(code);
                out.println(entry.map(e -> code + "\t" + e.name() + "\t（" + shown + " 年）")
                        .orElse(kind + "科目 " + code + " 在 " + shown + " 年目录中不存在；用 --years 查看其沿革"));
            }
            out.flush();
            return 0;
        }

        /** Where the entry was verified, as its data row says (the first releases' entries carry none). */
        private static String source(CatalogEntry entry) {
            return entry.source().isEmpty() ? "出处：内置目录初版（经样本与语料核对）" : "出处：" + entry.source();
        }

        private static String range(CatalogEntry entry) {
            String from = entry.years().from() == null ? ClassificationCatalog.FIRST_YEAR + " 年以前" : entry.years().from() + " 年";
            String to = entry.years().to() == null ? "至今" : entry.years().to() + " 年";
            return from + "–" + to;
        }
    }
}
