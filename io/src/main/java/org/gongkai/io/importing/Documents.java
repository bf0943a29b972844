package org.gongkai.io.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.gongkai.io.importing.read.Formats;
import org.gongkai.io.importing.read.ReadLimits;
import org.gongkai.io.importing.source.Block;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.source.OcrReading;
import org.gongkai.io.importing.source.SourceDocument;
import org.gongkai.io.importing.source.Unparsed;

/**
 * Imports a published document of any supported format, chosen by the file's content, not only its name: plain text
 * (UTF-8 or GB18030), a saved web page (HTML in any charset), DOCX, XLSX, PDF (a scanned one by OCR), an image (PNG,
 * JPEG, TIFF, BMP, GIF, by OCR), and the Office 97–2003 files (Word .doc, Excel .xls, WPS .wps and .et) by what their
 * compound file holds. A folder is one disclosure: a page and its attachments. Every failure is an
 * {@link ImportException} saying what and where.
 */
public final class Documents {

    /** Published disclosures are a few megabytes; far larger files are refused before reading. */
    public static final long MAX_BYTES = ReadLimits.STANDARD.maxBytes();

    static {
        guardZips();
    }

    /** A DOCX/XLSX is a zip: refuse entries that inflate more than 100 times (zip bombs) or beyond 100 MB. */
    public static void guardZips() {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    /** Refuses a file over {@link #MAX_BYTES} before anything reads it. */
    public static void requireReadableSize(String name, long size) {
        ReadLimits.STANDARD.requireBytes(name, size);
    }

    private Documents() {
    }

    /** Imports one file, or a folder as one disclosure ({@link #importFiles}). */
    public static ImportResult importFile(Path file) {
        return importFiles(List.of(file));
    }

    /**
     * Imports several files as the parts of one disclosure (an explanation PDF and a tables PDF; a web page and its
     * XLS attachment): their blocks in the order given, read as one document. A folder stands for its documents: its
     * pages, then their attachments in the order the pages link them, then the rest by name; an attachment a page links
     * but the folder lacks is listed among what was not read.
     */
    public static ImportResult importFiles(List<Path> files) {
        List<Path> parts = new ArrayList<>();
        List<Unparsed> missing = new ArrayList<>();
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                DisclosureFolder folder = DisclosureFolder.of(file);
                parts.addAll(folder.files());
                missing.addAll(folder.missing());
            } else {
                parts.add(file);
            }
        }
        ImportResult result = interpret(parts.size() == 1 ? read(parts.get(0)) : joined(parts.stream().map(Documents::read).toList()));
        return missing.isEmpty() ? result : result.alsoUnparsed(missing);
    }

    /**
     * The interpreter's reading of a document, and if a damaged document trips it up, a refusal naming the document
     * rather than a stack trace (the failure stays as the refusal's cause).
     */
    static ImportResult interpret(SourceDocument document) {
        try {
            return Interpreter.interpret(document);
        } catch (ImportException refused) {
            throw refused;
        } catch (RuntimeException failed) {
            throw new ImportException(document.name() + "：无法读取文件内容（表格或文字与已知的表样不符，文件可能已损坏）", failed);
        }
    }

    /** Several documents as one: the first one's name followed by the others'. */
    public static SourceDocument joined(List<SourceDocument> parts) {
        String name = String.join(" + ", parts.stream().map(SourceDocument::name).toList());
        return new SourceDocument(name, parts.stream().flatMap(p -> p.blocks().stream()
                .map(b -> relocated(b, p.name(), parts.size()))).toList(), OcrReading.joined(parts.stream().map(SourceDocument::ocr).toList()));
    }

    /** A block's place names its file when several files make one document. */
    private static Block relocated(Block block, String file, int files) {
        if (files == 1) {
            return block;
        }
        String where = file + " " + block.where();
        return block instanceof Block.Text t ? new Block.Text(t.text(), t.level(), where)
                : new Block.Grid(((Block.Grid) block).rows(), where, ((Block.Grid) block).spansKnown());
    }

    public static SourceDocument read(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new ImportException(file + "：是文件夹；一个文件夹作为一份公开导入（网页与附件），请用 importFiles");
        }
        byte[] bytes;
        try {
            requireReadableSize(file.toString(), Files.size(file));
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file + "：文件不存在");
        } catch (IOException e) {
            throw new ImportException(file + "：无法读取文件（" + e.getMessage() + "）");
        }
        return read(name, bytes);
    }

    /** Reads one file by the first of the {@link Formats} that takes it; every failure is an {@link ImportException}. */
    public static SourceDocument read(String name, byte[] bytes) {
        requireReadableSize(name, bytes.length);
        try {
            return Formats.of(name, bytes).read(name, bytes);
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(name + "：无法读取文件（" + reason(e) + "）", e);
        }
    }

    /**
     * The reason in the user's words. The library's own message (Java class names, parser internals) is not shown: it
     * stays with the exception as its cause.
     */
    private static String reason(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Zip bomb") || message.contains("zip bomb") || message.contains("exceed")) {
            return "疑似压缩炸弹，解压后的内容远大于文件本身";
        }
        return "文件已损坏，或内容与扩展名不符";
    }
}
