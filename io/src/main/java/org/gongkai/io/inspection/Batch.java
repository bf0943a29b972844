package org.gongkai.io.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.source.ImportException;

/**
 * The documents of a folder (with its sub-folders) or of a zip, by name. Each is read only when inspected, so a
 * batch of thousands never sits in memory; a zip's entries are bounded in size and count against zip bombs.
 */
public final class Batch implements AutoCloseable {

    /** A zip holding more documents than this is refused (a region has hundreds of departments, not millions). */
    static final int MAX_ENTRIES = 100_000;
    /** Nor may a zip inflate to more than this in all. */
    static final long MAX_TOTAL_BYTES = 20L * 1024 * 1024 * 1024;

    /** One document of the batch: its name (path inside the folder or zip) and a way to read its bytes. */
    public record Document(String name, Reading reading) {

        public byte[] bytes() throws IOException {
            return reading.read();
        }
    }

    public interface Reading {
        byte[] read() throws IOException;
    }

    /**
     * A document made of several files read as one (a web page with its attachments, found on a saved site): its
     * {@link #read} gives all their bytes, for the duplicate check; this gives what they say together.
     */
    public interface Joined extends Reading {
        org.gongkai.io.intake.Intake.Result readJoined(String name);
    }

    private final List<Document> documents;
    private final AutoCloseable resource;

    private Batch(List<Document> documents, AutoCloseable resource) {
        this.documents = List.copyOf(documents);
        this.resource = resource;
    }

    public List<Document> documents() {
        return documents;
    }

    /** Releases the zip, if the batch is one. */
    @Override
    public void close() {
        try {
            if (resource != null) {
                resource.close();
            }
        } catch (Exception e) {
            // Closing a zip that was only read cannot lose anything.
        }
    }

    /** A batch of documents given directly (tests, the server's own sources). */
    public static Batch of(List<Document> documents) {
        return new Batch(documents, null);
    }

    public static Batch open(Path path) {
        if (!Files.exists(path)) {
            throw new ImportException(path + "：文件或文件夹不存在");
        }
        if (Files.isDirectory(path)) {
            return folder(path);
        }
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return zip(path);
        }
        return new Batch(List.of(new Document(path.getFileName().toString(), () -> readFile(path))), null);
    }

    /** Hidden files (names starting with a dot) and the dates table are not documents. */
    private static boolean isDocument(String name) {
        String last = name.substring(name.lastIndexOf('/') + 1);
        return !last.startsWith(".") && !last.isEmpty() && !last.equalsIgnoreCase("dates.csv")
                && !last.equalsIgnoreCase("roster.csv") && !name.startsWith("__MACOSX/");
    }

    private static Batch folder(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Document> documents = walk.filter(Files::isRegularFile)
                    .map(p -> new Document(root.relativize(p).toString().replace('\\', '/'), () -> readFile(p)))
                    .filter(d -> isDocument(d.name()))
                    .sorted(Comparator.comparing(Document::name)).toList();
            return new Batch(documents, null);
        } catch (IOException e) {
            throw new ImportException(root + "：无法列出文件夹（" + e.getMessage() + "）");
        }
    }

    private static Batch zip(Path path) {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (IOException e) {
            throw new ImportException(path + "：不是有效的 zip 文件（" + e.getMessage() + "）");
        }
        List<Document> documents = new ArrayList<>();
        long declared = 0;
        var entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory() || !isDocument(entry.getName())) {
                continue;
            }
            if (documents.size() >= MAX_ENTRIES) {
                closeQuietly(zip);
                throw new ImportException(path + "：zip 中文件超过 " + MAX_ENTRIES + " 个");
            }
            declared += Math.max(0, entry.getSize());
            if (declared > MAX_TOTAL_BYTES) {
                closeQuietly(zip);
                throw new ImportException(path + "：zip 解压后超过 " + MAX_TOTAL_BYTES / (1024 * 1024 * 1024) + " GB（疑似压缩炸弹）");
            }
            documents.add(new Document(entry.getName(), () -> readEntry(zip, entry)));
        }
        documents.sort(Comparator.comparing(Document::name));
        return new Batch(documents, zip);
    }

    /** Reads at most the size limit plus one byte, whatever the entry claims, so a lying header cannot exhaust memory. */
    private static byte[] readEntry(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes((int) Documents.MAX_BYTES + 1);
            Documents.requireReadableSize(entry.getName(), bytes.length);
            if (entry.getCompressedSize() > 0 && bytes.length / (double) entry.getCompressedSize() > 100 && bytes.length > 1_000_000) {
                throw new ImportException(entry.getName() + "：压缩比异常（疑似压缩炸弹）");
            }
            return bytes;
        }
    }

    private static byte[] readFile(Path file) throws IOException {
        try {
            Documents.requireReadableSize(file.toString(), Files.size(file));
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file + "：文件不存在");
        }
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            // Already failing with a clearer message.
        }
    }
}
