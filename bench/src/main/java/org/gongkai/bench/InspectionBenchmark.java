package org.gongkai.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.io.exporting.Exporter;
import org.gongkai.io.inspection.Batch;
import org.gongkai.io.inspection.Inspection;
import org.gongkai.io.inspection.InspectionReport;
import org.gongkai.io.inspection.Timeliness;

/**
 * Batch inspection of many documents: builds a corpus once (the samples' published texts and generated packages
 * as XLSX, DOCX, PDF and model JSON, plus a few broken files), then times one inspection of it and prints
 * documents per second and peak memory. Usage: InspectionBenchmark [documents=1000] [threads=cores] [corpus dir].
 */
public final class InspectionBenchmark {

    private static final List<Exporter.Format> FORMATS = List.of(Exporter.Format.xlsx, Exporter.Format.docx, Exporter.Format.pdf,
            Exporter.Format.xlsx, Exporter.Format.docx, Exporter.Format.pdf, Exporter.Format.json);

    private InspectionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Path corpus = Path.of(args.length > 2 ? args[2] : "bench/target/inspect-corpus-" + documents);
        if (!Files.exists(corpus.resolve(".complete"))) {
            generate(corpus, documents);
        }
        Batch batch = Batch.open(corpus);
        System.out.println("语料：" + corpus + "，" + batch.documents().size() + " 份文件；" + threads + " 个线程");
        long started = System.nanoTime();
        InspectionReport report = Inspection.run(batch, Timeliness.none(), threads, (done, total) -> { });
        double seconds = (System.nanoTime() - started) / 1e9;
        batch.close();
        InspectionReport.Summary s = report.summary();
        System.out.printf("检查 %d 份：已检查 %d，无法读取 %d，重复 %d；用时 %.1f 秒，%.1f 份/秒%n", s.documents(), s.checked(),
                s.unreadable(), s.duplicates(), seconds, s.documents() / seconds);
        System.out.printf("峰值堆内存 %.0f MB；进程峰值常驻内存 %s%n", peakHeapMegabytes(), peakResident());
        System.out.println(seconds < 60 ? "目标 1000 份 < 60 秒：达成" : "目标 1000 份 < 60 秒：未达成");
    }

    private static void generate(Path corpus, int documents) throws IOException {
        System.out.println("生成语料 " + documents + " 份（只需一次）…");
        Files.createDirectories(corpus);
        List<Path> samples;
        try (var list = Files.list(Path.of("samples"))) {
            samples = list.map(d -> d.resolve("input.txt")).filter(Files::exists).sorted().toList();
        }
        for (int i = 0; i < documents; i++) {
            String name = String.format("%04d", i);
            if (i % 10 == 0 && !samples.isEmpty()) {
                // A tenth are real published texts (the same three, under new names: duplicates, as happens).
                Files.copy(samples.get(i / 10 % samples.size()), corpus.resolve(name + "-sample.txt"));
            } else if (i % 97 == 5) {
                Files.write(corpus.resolve(name + "-broken.docx"), new byte[] {'P', 'K', 3, 4, 0, 0});
            } else {
                Exporter.Format format = FORMATS.get(i % FORMATS.size());
                Exporter.Download file = Exporter.download(ValidPackages.random(i, 20 + i % 40), format);
                Files.write(corpus.resolve(name + "." + format), file.bytes());
            }
        }
        Files.writeString(corpus.resolve(".complete"), "");
    }

    private static double peakHeapMegabytes() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    private static String peakResident() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "（本系统无法读取）";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> String.format("%.0f MB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0)).findFirst().orElse("未知");
    }
}
