package org.gongkai.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.json.SummaryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai summary FILE}: the headline figures of a published document as fixed-key JSON. */
@Command(name = "summary", mixinStandardHelpOptions = true, description = "输出公开文件（部门预算或部门决算）的主要数据摘要（JSON，键固定，kind 说明是预算还是决算，文件未说明的为 null）。")
final class SummaryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--explain", description = "给出每个主要数字的依据：在哪一页、哪张表哪一行哪一栏或哪一句读到")
    boolean explain;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "公开文件（文本、网页、Word、Excel、WPS、PDF）；几个文件是同一份公开的几部分时（说明 PDF 与表格 PDF、网页与附件）一并给出，或给出放着它们的文件夹")
    List<Path> files;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(SummaryJson.write(Documents.importFiles(files), explain));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
