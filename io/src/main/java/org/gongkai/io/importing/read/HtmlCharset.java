package org.gongkai.io.importing.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.io.importing.source.ImportException;

/**
 * The text of a saved web page: its byte-order mark, else the charset its {@code <meta>} declares, else UTF-8 if the
 * bytes are valid UTF-8, else GB18030 (what GB2312 and GBK pages are a subset of). Chinese government sites still
 * serve many pages in GB2312; a page saved from a browser may say one charset and be another, so a declared charset
 * that does not decode the bytes cleanly gives way to the others, and a page cut off inside a character is still read.
 */
final class HtmlCharset {

    private static final Pattern META = Pattern.compile(
            "<meta[^>]+?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Where a page declares its charset: the head, within its first few kilobytes. */
    private static final int HEAD = 8192;

    private HtmlCharset() {
    }

    static String decode(String name, byte[] bytes) {
        Optional<String> bom = withBom(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        Optional<Charset> declared = declared(bytes);
        if (declared.isPresent()) {
            Optional<String> text = strictly(bytes, declared.get());
            if (text.isPresent()) {
                return text.get();
            }
        }
        return strictly(bytes, StandardCharsets.UTF_8).or(() -> strictly(bytes, GB18030))
                .or(() -> damaged(bytes, declared.orElse(GB18030)))
                .orElseThrow(() -> new ImportException(name + "：网页的编码无法识别（既不是声明的编码，也不是 UTF-8 或 GB18030）"));
    }

    /**
     * A page cut off in a download ends inside a character, or carries a stray byte: read in its charset with the
     * broken characters replaced, as a browser shows it — unless so many are broken that it is not text in that charset.
     */
    private static Optional<String> damaged(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        long broken = text.chars().filter(c -> c == '\uFFFD').count();
        // The cut itself breaks one character; beyond that, one in a thousand.
        return broken <= 1 + text.length() / 1000 ? Optional.of(text.replace("\uFFFD", "")) : Optional.empty();
    }

    private static Optional<String> withBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return Optional.of(new String(b, 3, b.length - 3, StandardCharsets.UTF_8));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return Optional.of(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE));
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return Optional.of(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE));
        }
        return Optional.empty();
    }

    /** {@code <meta charset="gb2312">} or {@code <meta http-equiv="Content-Type" content="text/html; charset=gbk">}. */
    static Optional<Charset> declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        if (label.matches("gb2312|gbk|gb_2312.*|x-gbk|cp936|euc-cn|gb18030")) {
            return Optional.of(GB18030);
        }
        try {
            return Optional.of(Charset.forName(label));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return Optional.empty();
        }
    }

    private static Optional<String> strictly(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException wrong) {
            return Optional.empty();
        }
    }
}
