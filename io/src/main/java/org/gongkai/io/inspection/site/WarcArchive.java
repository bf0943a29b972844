package org.gongkai.io.inspection.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.source.ImportException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A WARC file (.warc, .warc.gz) read with jwarc: each successful HTTP response record is one file of the site, keyed by
 * its URL. A body over the size limit is skipped with its URL; a damaged archive keeps the records read before the
 * damage and says where it stopped.
 */
final class WarcArchive {

    private WarcArchive() {
    }

    static SavedSite read(Path file) {
        Map<String, SiteResource> byKey = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        try (WarcReader reader = new WarcReader(file)) {
            for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                if (next.get() instanceof WarcResponse response) {
                    take(response, byKey, skipped);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (byKey.isEmpty()) {
                throw new ImportException(file + "：不是有效的 WARC 文件，或文件已损坏（" + reason(e) + "）");
            }
            skipped.add(file + "：WARC 文件在第 " + (byKey.size() + 1) + " 条响应处损坏，其后的记录未读取（" + reason(e) + "）");
        }
        return new SavedSite(file.toString(), byKey, skipped);
    }

    private static void take(WarcResponse response, Map<String, SiteResource> byKey, List<String> skipped) throws IOException {
        String url = response.target();
        HttpResponse http = response.http();
        if (http.status() != 200) {
            return;
        }
        String key = SiteLinks.keyOfUrl(url).orElse(null);
        if (key == null) {
            skipped.add(url + "：网址无法识别，已跳过");
            return;
        }
        byte[] body = http.bodyDecoded().stream().readNBytes((int) Documents.MAX_BYTES + 1);
        if (body.length > Documents.MAX_BYTES) {
            skipped.add(url + "：超过 " + Documents.MAX_BYTES / (1024 * 1024) + " MB 的读取上限，已跳过");
            return;
        }
        String type = http.contentType() == null ? null : http.contentType().toString();
        byte[] bytes = inDeclaredCharset(body, http.contentType());
        byKey.putIfAbsent(key, new SiteResource(key, type, bytes.length, () -> bytes));
    }

    /**
     * A page whose charset only the HTTP header names, re-encoded as UTF-8 with a byte-order mark, so the page reader
     * (which looks at the bytes only) reads it as the server said. A header that the bytes contradict is ignored.
     */
    static byte[] inDeclaredCharset(byte[] body, MediaType type) {
        String charset = type == null ? null : type.parameters().get("charset");
        if (charset == null || !type.toString().toLowerCase(java.util.Locale.ROOT).contains("html")) {
            return body;
        }
        try {
            String text = Charset.forName(charset.strip()).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            byte[] utf8 = text.replaceFirst("^\uFEFF", "").getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[utf8.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(utf8, 0, withBom, 3, utf8.length);
            return withBom;
        } catch (CharacterCodingException | IllegalArgumentException e) {
            return body;
        }
    }

    private static String reason(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    }
}
