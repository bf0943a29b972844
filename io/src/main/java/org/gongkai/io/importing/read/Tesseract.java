package org.gongkai.io.importing.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongkai.io.importing.source.ImportException;

/**
 * Tesseract, Debian's OCR engine with its simplified-Chinese model ({@code tesseract-ocr}, {@code tesseract-ocr-chi-sim}),
 * run as an external process on one image at a time: a time limit per image, output read only up to a bound, every
 * temporary file removed, and the process killed when the reading thread is interrupted.
 */
final class Tesseract {

    /** The one command that installs what OCR needs, as the messages and the README say it. */
    static final String INSTALL = "sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim";

    /** One page takes 2–3 s on one core; a page taking twenty times that is not going to finish. */
    static final Duration PAGE_TIME = Duration.ofSeconds(60);

    private static final String LANGUAGE = "chi_sim";
    /** A dense page's TSV is about 200 KB. */
    private static final long MAX_OUTPUT = 16L * 1024 * 1024;

    private static final Tesseract INSTALLED = new Tesseract(System.getProperty("gongkai.tesseract", "tesseract"), PAGE_TIME);

    private final String command;
    private final Duration pageTime;
    private volatile Boolean available;

    /** The binary {@code command} (a name on the PATH or a path), stopped after {@code pageTime} on one image. */
    Tesseract(String command, Duration pageTime) {
        this.command = command;
        this.pageTime = pageTime;
    }

    /** The machine's {@code tesseract} (or the one the system property {@code gongkai.tesseract} names). */
    static Tesseract installed() {
        return INSTALLED;
    }

    /** Whether the binary runs and has the Chinese model; asked once. */
    boolean available() {
        if (available == null) {
            available = listsChinese();
        }
        return available;
    }

    /** Refuses to go on without OCR, saying what to install: a scan cannot be read otherwise. */
    void require(String name) {
        if (!available()) {
            throw new ImportException(name + "：扫描件：未安装 Tesseract 中文识别（" + INSTALL + "）");
        }
    }

    /** The words OCR reads on one image file, as Tesseract's TSV lists them; {@code where} names the image in messages. */
    List<OcrWord> words(String name, String where, Path image) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("gongkai-ocr");
            // Page segmentation 4, one column of text of various sizes: a disclosure's pages are. The automatic
            // segmentation (3) takes a table's columns for separate blocks and loses some of their cells.
            Path tsv = run(name, where, dir, pageTime, command, image.toString(), dir.resolve("out").toString(), "-l", LANGUAGE,
                    "--psm", "4", "tsv");
            return OcrWord.parse(Files.readString(tsv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ImportException(name + "：" + where + " OCR 识别失败（" + e.getMessage() + "）", e);
        } finally {
            deleteAll(dir);
        }
    }

    /** Runs one recognition; its TSV is {@code out.tsv} in {@code dir}. */
    private static Path run(String name, String where, Path dir, Duration pageTime, String... commandLine) throws IOException {
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(commandLine).redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        // Tesseract's OpenMP threads make one page slower, not faster (5 s instead of 2.4 s here), and readers run in parallel.
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException notInstalled) {
            throw new ImportException(name + "：扫描件：未安装 Tesseract 中文识别（" + INSTALL + "）", notInstalled);
        }
        try {
            if (!process.waitFor(pageTime.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ImportException(name + "：" + where + " OCR 识别超过 " + pageTime.toSeconds() + " 秒，已停止");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(name + "：读取超时，已停止");
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
        Path tsv = dir.resolve("out.tsv");
        if (process.exitValue() != 0 || !Files.exists(tsv)) {
            throw new ImportException(name + "：" + where + " OCR 识别失败（" + head(err) + "）");
        }
        if (Files.size(tsv) > MAX_OUTPUT) {
            throw new ImportException(name + "：" + where + " OCR 识别结果超过 " + MAX_OUTPUT / (1024 * 1024) + " MB 上限，未读取");
        }
        return tsv;
    }

    private boolean listsChinese() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("gongkai-ocr");
            Path out = dir.resolve("langs.txt");
            Process process = new ProcessBuilder(command, "--list-langs").redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                    .redirectOutput(out.toFile()).redirectErrorStream(true).start();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0 && head(out).lines().anyMatch(l -> l.strip().equals(LANGUAGE));
        } catch (IOException notInstalled) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            deleteAll(dir);
        }
    }

    /** The first few kilobytes of a file, for a message. */
    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    static void deleteAll(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // A temporary file left behind is removed by the system's own clean-up.
        }
    }
}
