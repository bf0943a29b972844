package org.gongkai.io.importing.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.source.SourceDocument;

/**
 * The readers in the order a file is offered to them, each choosing by the file's content (its signature), the name
 * deciding only what the content cannot (which Office zip it is, a text saved as .xls). Two refuse with advice: RTF, and
 * a file named as a binary format that its content is not. Plain text, last, takes what no other took.
 */
public enum Formats implements DocumentReader {

    /** PDF, its scanned pages read by OCR. */
    PDF {
        @Override
        public boolean reads(String name, byte[] bytes) {
            return bytes.length >= 5 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F' && bytes[4] == '-';
        }

        @Override
        public SourceDocument read(String name, byte[] bytes) throws IOException {
            return PdfReader.read(name, bytes);
        }
    },

    /** PNG, JPEG, TIFF, BMP or GIF, read by OCR. */
    IMAGE {
        @Override
        public boolean reads(String name, byte[] bytes) {
            return ImageScan.isImage(bytes);
        }

        @Override
        public SourceDocument read(String name, byte[] bytes) throws IOException {
            return ImageScan.read(name, bytes, Tesseract.installed());
        }
    },

    /** The Office 97–2003 compound file (Word, Excel, WPS), by what it holds. */
    OFFICE_97 {
        /** The OLE2 compound-file signature. */
        @Override
        public boolean reads(String name, byte[] bytes) {
            return bytes.length >= 8 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF && (bytes[2] & 0xff) == 0x11
                    && (bytes[3] & 0xff) == 0xE0 && (bytes[4] & 0xff) == 0xA1 && (bytes[5] & 0xff) == 0xB1;
        }

        @Override
        public SourceDocument read(String name, byte[] bytes) throws IOException {
            return Ole2Reader.read(name, bytes);
        }
    },

    /** A zip named as a workbook: XLSX, XLSM or WPS's ET. */
    WORKBOOK {
        @Override
        public boolean reads(String name, byte[] bytes) {
            return isZip(bytes) && name.toLowerCase(Locale.ROOT).matches(".*\\.(xlsx|xlsm|et)$");
        }

        @Override
        public SourceDocument read(String name, byte[] bytes) throws IOException {
            return XlsxReader.read(name, bytes);
        }
    },

    /** Any other zip: Word, and if it is not Word and not named .docx, Excel. */
    OFFICE_ZIP {
        @Override
        public boolean reads(String name, byte[] bytes) {
            return isZip(bytes);
        }

        @Override
        public SourceDocument read(String name, byte[] bytes) throws IOException {
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
    },

    /** A saved web page, in any charset. */
    WEB_PAGE {
        @Override
        public boolean reads(String name, byte[] bytes) {
            return HtmlReader.looksLikeHtml(name, bytes);
        }

        @Override
        public SourceDocument read(String name, byte[] bytes) {
            return HtmlReader.read(name, bytes);
        }
    },

    /** RTF is refused with the way out: it is common under a .doc name and no reader here understands it. */
    RTF {
        @Override
        public boolean reads(String name, byte[] bytes) {
            return startsWith(bytes, "{\\rtf");
        }

        @Override
        public SourceDocument read(String name, byte[] bytes) {
            throw new ImportException(name + "：是 RTF 格式的文件（常见于另存为 .doc 的文档），无法读取；请用 Word 或 WPS 另存为 .docx 后再导入");
        }
    },

    /**
     * A file named as a binary format that its content is not (damaged or cut short) is refused; sites export tables
     * as tab-separated text named .xls, so a text under an Office 97 name is left to the text reader.
     */
    MISNAMED {
        @Override
        public boolean reads(String name, byte[] bytes) {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean text = lower.matches(".*\\.(doc|xls|et|wps)$") && !looksBinary(bytes);
            return lower.matches(".*\\.(docx|xlsx|pdf|doc|xls|et|wps)$") && !text;
        }

        @Override
        public SourceDocument read(String name, byte[] bytes) {
            String lower = name.toLowerCase(Locale.ROOT);
            throw new ImportException(name + "：文件内容不是有效的 " + lower.substring(lower.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT)
                    + " 文件（可能已损坏或被截断）");
        }
    },

    /** Plain text, UTF-8 or GB18030: what no other reader took, refused if it is binary. */
    TEXT {
        @Override
        public boolean reads(String name, byte[] bytes) {
            return true;
        }

        @Override
        public SourceDocument read(String name, byte[] bytes) {
            return TextReader.read(name, text(name, bytes));
        }
    };

    /** The first reader that takes the file; plain text takes any. */
    public static DocumentReader of(String name, byte[] bytes) {
        return Arrays.stream(values()).filter(format -> format.reads(name, bytes)).findFirst().orElseThrow();
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
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }
}
