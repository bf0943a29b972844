package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.gongkai.io.importing.read.TextReader;
import org.gongkai.io.importing.source.ImportException;

/**
 * Thousands of damaged documents — truncated, shuffled, with random bytes, absurd numbers, broken zips, web pages and
 * Word 97 files, and a zip bomb: each either imports or fails with the documented {@link ImportException}, within a
 * time limit.
 */
class ImportFuzzTest {

    private static final String[] SAMPLES = {"qhd-etdz-affairs-2023", "qhd-etdz-office-2020", "qhd-etdz-approval-2020"};
    private static final Duration LIMIT = Duration.ofSeconds(5);
    private static final List<List<String>> LINES = new ArrayList<>();
    private static byte[] docx;

    @BeforeAll
    static void readSamples() throws Exception {
        for (String sample : SAMPLES) {
            Path input = Path.of(ImportFuzzTest.class.getResource("/golden/" + sample + "/input.txt").toURI());
            LINES.add(Files.readAllLines(input));
        }
        docx = Renderings.docx(TextReader.read("x", String.join("\n", LINES.get(0))));
    }

    @Test
    void fiveThousandDamagedTextsImportOrFailClearly() {
        Random random = new Random(20231124L);
        int imported = 0;
        for (int i = 0; i < 5000; i++) {
            byte[] input = mutate(random, LINES.get(random.nextInt(LINES.size())));
            imported += tryImport("fuzz-" + i + ".txt", input) ? 1 : 0;
        }
        System.out.println("fuzz: 5000 damaged texts, " + imported + " imported, " + (5000 - imported) + " refused with ImportException");
        assertThat(imported).isPositive();
    }

    @Test
    void damagedWordFilesFailClearly() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] broken = docx.clone();
            if (i % 2 == 0) {
                broken = Arrays.copyOf(broken, random.nextInt(broken.length));
            } else {
                for (int k = 0; k < 20; k++) {
                    broken[random.nextInt(broken.length)] = (byte) random.nextInt(256);
                }
            }
            tryImport("broken-" + i + ".docx", broken);
        }
    }

    @Test
    void damagedWebPagesImportOrFailClearly() {
        Random random = new Random(2024);
        String[] pages = {WebPages.BUDGET, WebPages.FINAL_ACCOUNTS, WebPages.THREE_PUBLIC, WebPages.SCRIPTED};
        for (int i = 0; i < 400; i++) {
            byte[] page = WebPages.bytes(pages[i % pages.length]);
            tryImport("broken-" + i + (i % 3 == 0 ? ".xls" : ".html"), damaged(random, page, i));
        }
    }

    @Test
    void damagedWord97FilesFailClearly() throws Exception {
        byte[] doc;
        try (java.io.InputStream in = ImportFuzzTest.class.getResourceAsStream("/office97/budget-word97.doc")) {
            doc = in.readAllBytes();
        }
        Random random = new Random(97);
        for (int i = 0; i < 200; i++) {
            tryImport("broken-" + i + ".doc", damaged(random, doc, i));
        }
    }

    /** Cut off, bytes overwritten, or a stretch deleted (a tag's end, a table's rows). */
    private static byte[] damaged(Random random, byte[] original, int i) {
        byte[] broken = original.clone();
        switch (i % 3) {
            case 0 -> broken = Arrays.copyOf(broken, random.nextInt(broken.length));
            case 1 -> {
                for (int k = 0; k < 30; k++) {
                    broken[random.nextInt(broken.length)] = (byte) random.nextInt(256);
                }
            }
            default -> {
                int from = random.nextInt(broken.length);
                int to = Math.min(broken.length, from + random.nextInt(2000));
                byte[] shorter = new byte[broken.length - (to - from)];
                System.arraycopy(broken, 0, shorter, 0, from);
                System.arraycopy(broken, to, shorter, from, broken.length - to);
                broken = shorter;
            }
        }
        return broken;
    }

    @Test
    void aZipBombIsRefusedAsSuch() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int mb = 0; mb < 200; mb++) {
                zip.write(zeros);
            }
        }
        byte[] bomb = bytes.toByteArray();
        assertThat(bomb.length).isLessThan(1 << 20);
        assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> Documents.read("bomb.docx", bomb))
                .isInstanceOf(ImportException.class).hasMessageContaining("bomb.docx").hasMessageContaining("压缩炸弹"));
    }

    @Test
    void anOversizedFileIsRefusedBeforeReading() {
        byte[] huge = new byte[(int) Documents.MAX_BYTES + 1];
        assertThatThrownBy(() -> Documents.read("huge.txt", huge)).isInstanceOf(ImportException.class)
                .hasMessageContaining("超过 50 MB 上限");
    }

    @Test
    void aTextThatIsNoDisclosureIsRefusedClearly() {
        assertThatThrownBy(() -> Interpreter.interpret(Documents.read("poem.txt", "床前明月光\n疑是地上霜".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ImportException.class).hasMessageContaining("不是部门预算公开文件");
    }

    private static boolean tryImport(String name, byte[] input) {
        return assertTimeoutPreemptively(LIMIT, () -> {
            try {
                Interpreter.interpret(Documents.read(name, input));
                return true;
            } catch (ImportException expected) {
                assertThat(expected.getMessage()).as("message names the file").contains(name);
                return false;
            }
        }, () -> name + " took longer than " + LIMIT);
    }

    private static byte[] mutate(Random random, List<String> sample) {
        List<String> lines = new ArrayList<>(sample.subList(random.nextInt(sample.size() / 2), sample.size()));
        lines = lines.subList(0, 1 + random.nextInt(Math.min(lines.size(), 300)));
        lines = new ArrayList<>(lines);
        switch (random.nextInt(7)) {
            case 0 -> Collections.shuffle(lines, random);
            case 1 -> lines.replaceAll(l -> l.replaceAll("\\d+\\.\\d{2}", "9".repeat(1 + random.nextInt(40)) + "." + random.nextInt(1000)));
            case 2 -> lines.replaceAll(l -> random.nextInt(5) == 0 ? "-" + l.replace("\t", "\t-") : l);
            case 3 -> lines.replaceAll(l -> l.replace("\t", random.nextBoolean() ? "" : "\t\t"));
            case 4 -> {
                for (int k = 0; k < 20 && !lines.isEmpty(); k++) {
                    lines.remove(random.nextInt(lines.size()));
                }
            }
            case 5 -> lines.replaceAll(l -> l.replaceAll("万元", random.nextBoolean() ? "元" : "万元元").replaceAll("\\d{7}", "20101301"));
            default -> { }
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(4) == 0 && bytes.length > 0) {
            for (int k = 0; k < 10; k++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
        }
        if (random.nextInt(4) == 0) {
            bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
        }
        return bytes;
    }
}
