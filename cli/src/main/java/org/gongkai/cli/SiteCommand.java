package org.gongkai.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.gongkai.io.inspection.site.DisclosureFinder;
import org.gongkai.io.inspection.site.SiteDisclosure;
import org.gongkai.io.inspection.site.SiteFetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai site list|fetch}: what a saved website holds, and saving a live column as one. */
@Command(name = "site", mixinStandardHelpOptions = true, subcommands = {SiteCommand.ListCommand.class, SiteCommand.FetchCommand.class},
        description = {"保存的网站（镜像文件夹或 WARC 文件）：列出找到的预决算公开网页及其附件；抓取一个公开栏目。"})
final class SiteCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The pages and files left out of a saved site, each with its reason, on the error stream. */
    static void printSkipped(DisclosureFinder.Found found, PrintWriter err) {
        if (!found.skipped().isEmpty()) {
            err.println("未纳入检查（" + found.skipped().size() + " 项）：");
            found.skipped().forEach(s -> err.println("  " + s));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "列出保存的网站中找到的每一份公开：网页、发布时间、合并读取的附件，以及未纳入的网页和附件及原因。")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "SITE_DIR_OR_WARC", description = "网站镜像文件夹（wget --mirror、HTTrack）或 WARC 文件（.warc、.warc.gz）")
        Path input;

        @Override
        public Integer call() {
            DisclosureFinder.Found found = DisclosureFinder.find(input);
            PrintWriter out = spec.commandLine().getOut();
            out.println(input + "：找到 " + found.disclosures().size() + " 份公开");
            for (SiteDisclosure d : found.disclosures()) {
                out.println();
                out.println(d.page());
                out.println("  标题：" + d.title());
                out.println("  发布时间：" + (d.published() == null ? "未找到" : d.published()));
                d.attachmentKeys().forEach(a -> out.println("  附件：" + a));
                d.notTaken().forEach(n -> out.println("  未读取：" + n));
            }
            out.println();
            printSkipped(found, out);
            out.flush();
            return 0;
        }
    }

    @Command(name = "fetch", mixinStandardHelpOptions = true,
            description = {"抓取一个预决算公开栏目，保存为镜像文件夹（OUTDIR/主机/路径），供 gongkai inspect 和 gongkai site list 读取。",
                "遵守 robots.txt；同一网站两次请求之间至少间隔 --delay 毫秒；只抓同一主机；已保存的文件不再下载（可断点续抓）。"})
    static final class FetchCommand implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "URL", description = "栏目网址，如 http://www.example.gov.cn/zwgk/czxx/bmys/")
        URI url;

        @Parameters(index = "1", paramLabel = "OUTDIR", description = "保存的文件夹")
        Path outDir;

        @Option(names = "--max-pages", defaultValue = "500", description = "最多抓取的网页数（默认 ${DEFAULT-VALUE}）")
        int maxPages;

        @Option(names = "--max-mb", defaultValue = "50", description = "单个文件的大小上限，MB（默认 ${DEFAULT-VALUE}）")
        int maxMegabytes;

        @Option(names = "--delay", defaultValue = "1000", description = "两次请求之间的间隔，毫秒，不少于 1000（默认 ${DEFAULT-VALUE}）")
        long delayMillis;

        @Option(names = "--timeout", defaultValue = "30", description = "每个请求的超时，秒（默认 ${DEFAULT-VALUE}）")
        int timeoutSeconds;

        @Override
        public Integer call() {
            if (delayMillis < 1000) {
                throw new IllegalArgumentException("--delay 不能少于 1000 毫秒：抓取政府网站须放慢请求");
            }
            SiteFetcher.Limits limits = new SiteFetcher.Limits(maxPages, maxMegabytes * 1024L * 1024, Duration.ofMillis(delayMillis),
                    Duration.ofSeconds(timeoutSeconds));
            SiteFetcher.Result result = new SiteFetcher(limits).fetch(url, outDir);
            PrintWriter out = spec.commandLine().getOut();
            out.println("已保存 " + result.saved() + " 个文件，已有 " + result.alreadyThere() + " 个，未保存 " + result.notSaved().size() + " 个 → "
                    + outDir);
            result.notSaved().forEach(n -> out.println("  " + n));
            out.flush();
            return 0;
        }
    }
}
