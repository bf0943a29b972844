package org.gongkai.io.importing.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.source.OcrReading;
import org.gongkai.io.importing.source.SourceDocument;
import org.gongkai.io.importing.Renderings;

/**
 * How OCR is run, with stand-ins for the tesseract binary (small shell scripts): what is said when it is missing, the
 * time limit, the reading thread's interruption, the page limit and the temporary files; no real OCR needed.
 */
class TesseractProcessTest {

    private static final String MISSING = "：扫描件：未安装 Tesseract 中文识别（sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim）";

    @TempDir
    Path dir;

    @Test
    void saysWhatToInstallWhenTesseractIsMissing() throws IOException {
        Tesseract missing = new Tesseract(dir.resolve("no-such-tesseract").toString(), Duration.ofSeconds(5));

        assertThatThrownBy(() -> PdfReader.read("扫描.pdf", scan(1), missing)).isInstanceOf(ImportException.class)
                .hasMessage("扫描.pdf" + MISSING);
    }

    @Test
    void saysWhatToInstallWhenTheChineseModelIsMissing() throws IOException {
        Tesseract englishOnly = new Tesseract(script("echo 'List of available languages (1):'; echo eng"), Duration.ofSeconds(5));

        assertThatThrownBy(() -> PdfReader.read("扫描.pdf", scan(1), englishOnly)).hasMessage("扫描.pdf" + MISSING);
    }

    @Test
    void aPdfWithATextLayerIsNotReadByOcr() throws IOException {
        Tesseract missing = new Tesseract(dir.resolve("no-such-tesseract").toString(), Duration.ofSeconds(5));
        SourceDocument document = TextReader.read("t.txt", "某局2024年部门预算\n一、收支预算总表\n");

        SourceDocument read = PdfReader.read("t.pdf", Renderings.pdf(document), missing);

        assertThat(read.ocr()).isEqualTo(OcrReading.NONE);
        assertThat(read.blocks()).noneMatch(OcrReading::isOcr);
    }

    @Test
    void stopsAPageThatTakesTooLong() throws IOException {
        Tesseract slow = new Tesseract(fake("sleep 30"), Duration.ofSeconds(1));
        long start = System.nanoTime();

        assertThatThrownBy(() -> PdfReader.read("慢.pdf", scan(1), slow)).hasMessage("慢.pdf：第 1 页 OCR 识别超过 1 秒，已停止");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void stopsWhenTheReadingThreadIsInterrupted() throws Exception {
        Tesseract slow = new Tesseract(fake("sleep 30"), Duration.ofSeconds(60));
        byte[] pdf = scan(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                PdfReader.read("慢.pdf", pdf, slow);
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        reader.start();
        Thread.sleep(1500);
        reader.interrupt();
        reader.join(10_000);

        assertThat(reader.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(ImportException.class).hasMessage("慢.pdf：读取超时，已停止");
    }

    @Test
    void readsAtMostFortyScannedPagesAndSaysWhichWereLeft() throws IOException {
        Tesseract empty = new Tesseract(fake("printf 'level\\tpage_num\\n' > \"$2.tsv\""), Duration.ofSeconds(10));

        SourceDocument read = PdfReader.read("长.pdf", scan(ScannedPages.MAX_PAGES + 1), empty);

        assertThat(read.ocr().pages()).hasSize(ScannedPages.MAX_PAGES);
        assertThat(read.ocr().skipped()).containsExactly(ScannedPages.MAX_PAGES + 1);
        assertThat(read.ocr().chinese()).endsWith("第 41 页超过识别上限，未读取");
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        Path seen = dir.resolve("seen.txt");
        Tesseract recording = new Tesseract(fake("echo \"$1\" >> " + seen + "; echo \"$2\" >> " + seen
                + "; printf 'level\\tpage_num\\n' > \"$2.tsv\""), Duration.ofSeconds(10));

        PdfReader.read("扫描.pdf", scan(2), recording);

        List<String> paths = Files.readAllLines(seen);
        assertThat(paths).hasSize(4).allSatisfy(p -> assertThat(Path.of(p).getParent()).doesNotExist());
    }

    /** A stand-in that lists the Chinese model and otherwise runs {@code recognise} ($1 the image, $2 the output base). */
    private String fake(String recognise) throws IOException {
        return script("if [ \"$1\" = --list-langs ]; then echo chi_sim; exit 0; fi; " + recognise);
    }

    private String script(String body) throws IOException {
        Path script = Files.createTempFile(dir, "tesseract", ".sh");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script.toString();
    }

    /** A scan of {@code pages} blank pages: images, no text layer. */
    private static byte[] scan(int pages) throws IOException {
        BufferedImage page = Scans.page(List.of(), List.of(), new int[0]);
        return Scans.pdf(Collections.nCopies(pages, page));
    }
}
