package org.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.ImportResult;
import org.gongkai.io.importing.source.Unparsed;
import org.gongkai.io.json.ModelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai import FILE [-o model.json]}: reads a published document into the model; lists what it did not understand. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "导入已公开的部门预算或部门决算文件（文本、网页、Word、Excel、WPS、PDF，或一个放着网页与附件的文件夹），输出预算模型或决算模型 JSON，并列出未识别的内容。")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "公开文件；几个文件是同一份公开的几部分时（说明 PDF 与表格 PDF、网页与附件）一并给出，或给出放着它们的文件夹")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "model.json", description = "写入的模型文件（默认输出到屏幕）")
    Path output;

    @Override
    public Integer call() throws IOException {
        ImportResult result = Documents.importFiles(files);
        String json = result.accounts() != null ? ModelJson.write(result.accounts()) : ModelJson.write(result.model());
        PrintWriter out = spec.commandLine().getOut();
        if (output == null) {
            out.println(json);
        } else {
            Path temporary = Files.createTempFile(output.toAbsolutePath().getParent(), ".gongkai", ".json");
            Files.writeString(temporary, json + "\n");
            Files.move(temporary, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("已导入 " + String.join(" + ", files.stream().map(Path::toString).toList()) + "：" + result.model().department().name() + " " + result.model().year() + " 年" + result.kind().chinese() + "，"
                + result.publishedTables().size() + " 张公开表，" + result.model().projects().size() + " 个项目；未识别 "
                + result.unparsed().size() + " 处");
        for (Unparsed unparsed : result.unparsed()) {
            err.println("  " + unparsed);
        }
        out.flush();
        err.flush();
        return 0;
    }
}
