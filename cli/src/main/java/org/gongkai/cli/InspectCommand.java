package org.gongkai.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.gongkai.io.inspection.Batch;
import org.gongkai.io.inspection.Inspection;
import org.gongkai.io.inspection.InspectionReport;
import org.gongkai.io.inspection.ReportWriters;
import org.gongkai.io.inspection.Scorecard;
import org.gongkai.io.inspection.Timeliness;
import org.gongkai.io.inspection.site.DisclosureFinder;
import org.gongkai.io.inspection.site.SiteBatch;
import org.gongkai.io.inspection.bulletin.BulletinFiles;
import org.gongkai.io.inspection.bulletin.LocatedFindings;
import org.gongkai.io.inspection.region.Roster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai inspect DIR_OR_ZIP [-o report.xlsx|.html|.json]}: reads, checks and scores every document. */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"批量检查已公开的部门预算文件（文本、DOCX、XLSX、PDF、模型 JSON）：完整性、一致性、时效，逐份评分并排名。",
            "无法读取的文件单列一行并写明原因，其余照常检查。退出码：0 完成，2 输入无法读取。",
            "也可检查保存的网站（wget/HTTrack 镜像文件夹或 WARC 文件）：每个预决算公开网页连同其附件为一份，发布时间为公开日期。"})
final class InspectCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR_OR_ZIP", description = "文件夹（含子文件夹）、zip 压缩包、网站镜像文件夹或 WARC 文件")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "REPORT", description = "报告文件：.xlsx、.html 或 .json")
    Path output;

    @Option(names = "--dates", paramLabel = "CSV",
            description = "批复与公开日期表（CSV：文件,批复日期,公开日期）；未给出时使用文件夹中的 dates.csv（如有）")
    Path dates;

    @Option(names = "--bulletin", paramLabel = "OUTDIR",
            description = "写出通报（通报.docx、通报.pdf）、各部门整改清单（整改清单/*.xlsx、*.docx）和标注问题的 PDF（标注/*.pdf）")
    Path bulletin;
    @Option(names = "--roster", paramLabel = "CSV",
            description = "应公开名单（CSV：编码,名称,级次,上级编码,批复日期[,预算批复日期,决算批复日期]）；未给出时使用文件夹中的 roster.csv（如有）")
    Path roster;

    @Option(names = "--threads", description = "并行线程数（默认为处理器核数 ${DEFAULT-VALUE}）", defaultValue = "0")
    int threads;

    @Option(names = "--no-progress", description = "不显示进度")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        ReportWriters.Format format = output == null ? null : ReportWriters.formatOf(output.getFileName().toString());
        Timeliness timeliness = timeliness();
        Roster region = roster();
        Batch batch;
        DisclosureFinder.Found found = null;
        if (SiteBatch.isSite(input)) {
            // A saved website: each disclosure page found, with its attachments, is one document dated by its 发布时间.
            found = DisclosureFinder.find(input);
            SiteCommand.printSkipped(found, spec.commandLine().getErr());
            timeliness = timeliness.withPublished(SiteBatch.published(found));
            batch = SiteBatch.of(found);
        } else {
            batch = Batch.open(input);
        }
        PrintWriter err = spec.commandLine().getErr();
        InspectionReport report;
        try {
            int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
            err.println("检查 " + input + "：" + batch.documents().size() + " 份文件，" + workers + " 个线程");
            Inspection.Progress progress = quiet ? (done, total) -> { } : new ProgressDisplay(err, System.console() != null);
            report = Inspection.run(batch, timeliness, region, workers, progress);
        } finally {
            batch.close();
        }
        PrintWriter out = spec.commandLine().getOut();
        summary(report, out);
        if (output != null) {
            write(report, format, output);
            out.println("报告已写入 " + output);
        }
        if (bulletin != null) {
            try (Batch again = found != null ? SiteBatch.of(found) : Batch.open(input)) {
                // What the region rules found (who did not publish, late, misfiled, across documents) goes into the 通报's part 一.
                var problems = report.region().stream()
                        .map(f -> new org.gongkai.io.inspection.bulletin.Bulletin.Problem(f.department(), f.message())).toList();
                var files = BulletinFiles.write(report, LocatedFindings.Source.of(again), problems, bulletin);
                out.println("通报、整改清单和标注文件已写入 " + bulletin + "（" + files.size() + " 个文件）");
            }
        }
        out.flush();
        return 0;
    }

    private Timeliness timeliness() {
        if (dates != null) {
            return Timeliness.read(dates);
        }
        Path beside = Files.isDirectory(input) ? input.resolve("dates.csv") : null;
        return beside != null && Files.exists(beside) ? Timeliness.read(beside) : Timeliness.none();
    }

    private Roster roster() {
        if (roster != null) {
            return Roster.read(roster);
        }
        Path beside = Files.isDirectory(input) ? input.resolve(Roster.FILE_NAME) : null;
        return beside != null && Files.exists(beside) ? Roster.read(beside) : Roster.none();
    }

    /** Written beside the target and moved into place, so a failed run never leaves half a report. */
    private static void write(InspectionReport report, ReportWriters.Format format, Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, ".gongkai-report-", ".part");
        try {
            try (OutputStream stream = Files.newOutputStream(part)) {
                ReportWriters.write(report, format, stream);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static void summary(InspectionReport report, PrintWriter out) {
        InspectionReport.Summary s = report.summary();
        out.println("共 " + s.documents() + " 份：已检查 " + s.checked() + "，无法读取 " + s.unreadable() + "，重复 " + s.duplicates()
                + (s.parts() > 0 ? "，并入另一文件合并检查 " + s.parts() : "")
                + "；平均分 " + s.averageScore() + "；用时 " + String.format("%.1f", s.millis() / 1000.0) + " 秒（" + s.documentsPerSecond()
                + " 份/秒）");
        out.println();
        out.println("排名（前 20）：");
        s.ranking().stream().limit(20).forEach(r -> out.println(String.format("%3d. %5s  %s %d 年%s（错误 %d，警告 %d）  %s", r.rank(),
                r.score(), r.departmentName(), r.year(), r.kind(), r.errors(), r.warnings(), r.file())));
        if (!s.frequentFindings().isEmpty()) {
            out.println();
            out.println("常见问题（前 10）：");
            s.frequentFindings().stream().limit(10).forEach(f -> out.println("  [" + f.rule() + "] " + f.severity() + " "
                    + f.description() + " — " + f.documents() + " 份文件，共 " + f.occurrences() + " 处"));
        }
        if (!report.region().isEmpty()) {
            out.println();
            out.println("跨文件与名单（" + report.region().size() + " 项）：");
            report.region().forEach(f -> out.println("  " + f.severity().chinese() + " " + f.message()));
        }
        var unreadable = report.documents().stream().filter(c -> c.status() == Scorecard.Status.UNREADABLE).toList();
        if (!unreadable.isEmpty()) {
            out.println();
            out.println("无法读取：");
            unreadable.forEach(c -> out.println("  " + (c.reason().startsWith(c.file()) ? c.reason() : c.file() + "：" + c.reason())));
        }
    }
}
