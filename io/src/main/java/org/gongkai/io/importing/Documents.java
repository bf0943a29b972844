package org.gongkai.io.importing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.gongkai.io.importing.read.DocxReader;
import org.gongkai.io.importing.read.HtmlReader;
import org.gongkai.io.importing.read.ImageScan;
import org.gongkai.io.importing.read.Ole2Reader;
import org.gongkai.io.importing.read.PdfReader;
import org.gongkai.io.importing.read.ReadLimits;
import org.gongkai.io.importing.read.Tesseract;
import org.gongkai.io.importing.read.TextReader;
import org.gongkai.io.importing.read.XlsxReader;
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

    public static SourceDocument read(String name, byte[] bytes) {
        requireReadableSize(name, bytes.length);
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (isPdf(bytes)) {
                return PdfReader.read(name, bytes);
            }
            if (ImageScan.isImage(bytes)) {
                return ImageScan.read(name, bytes, Tesseract.installed());
            }
            if (isOle2(bytes)) {
                return Ole2Reader.read(name, bytes);
            }
            if (isZip(bytes)) {
                return lower.matches(".*\\.(xlsx|xlsm|et)$") ? XlsxReader.read(name, bytes) : office(name, bytes);
            }
            if (HtmlReader.looksLikeHtml(name, bytes)) {
                return HtmlReader.read(name, bytes);
            }
            if (startsWith(bytes, "{\\rtf")) {
                throw new ImportException(name + "：是 RTF 格式的文件（常见于另存为 .doc 的文档），无法读取；请用 Word 或 WPS 另存为 .docx 后再导入");
            }
            // Sites export tables as tab-separated text named .xls; a text is read as the text it is.
            boolean text = lower.matches(".*\\.(doc|xls|et|wps)$") && !looksBinary(bytes);
            if (lower.matches(".*\\.(docx|xlsx|pdf|doc|xls|et|wps)$") && !text) {
                throw new ImportException(name + "：文件内容不是有效的 " + lower.substring(lower.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT)
                        + " 文件（可能已损坏或被截断）");
            }
            return TextReader.read(name, text(name, bytes));
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(name + "：无法读取文件（" + reason(e) + "）", e);
        }
    }

    /** A zip that is not named: try Word, then Excel. */
    private static SourceDocument office(String name, byte[] bytes) throws IOException {
        try {
            return DocxReader.read(name, bytes);
        } catch (ImportException refused) {
            throw refused;
        } catch (RuntimeException | IOException wordFailed) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".docx")) {
                throw wordFailed;
            }
            return XlsxReader.read(name, bytes);
        }
    }

    private static String text(String name, byte[] bytes) {
        if (looksBinary(bytes)) {
            throw new ImportException(name + "：不是文本、网页、Word、Excel、WPS、PDF 或图片文件" + (HtmlReader.isPageName(name) ? "（文件名是网页，内容却不是）" : ""));
        }
        try {
            return decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                return decode(bytes, Charset.forName("GB18030"));
            } catch (CharacterCodingException neither) {
                throw new ImportException(name + "：文本既不是 UTF-8 也不是 GB18030 编码");
            }
        }
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean looksBinary(byte[] bytes) {
        int zeros = 0;
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            zeros += bytes[i] == 0 ? 1 : 0;
        }
        return zeros > 0;
    }

    private static boolean startsWith(byte[] bytes, String ascii) {
        byte[] prefix = ascii.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= prefix.length && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean isPdf(byte[] bytes) {
        return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-';
    }

    /** The OLE2 compound-file signature of the Office 97–2003 files (Word, Excel, WPS). */
    private static boolean isOle2(byte[] bytes) {
        return bytes.length >= 8 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF && (bytes[2] & 0xff) == 0x11
                && (bytes[3] & 0xff) == 0xE0 && (bytes[4] & 0xff) == 0xA1 && (bytes[5] & 0xff) == 0xB1;
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
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
