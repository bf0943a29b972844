package org.gongkai.server.inspection;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * What an inspector uploads in the tests: the web test region (src/test/resources/region/README.md) as a zip with its
 * roster and dates, and the saved county column (site/mirror) as a WARC, as a crawler would have written it.
 */
public final class RegionUpload {

    private RegionUpload() {
    }

    /** The region's documents, each filed under its department's folder as layout.tsv says. */
    public static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (String line : text("layout.tsv").split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                zip.putNextEntry(new ZipEntry(parts[0]));
                zip.write(bytes("/region/" + parts[1].strip()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The zip written to a file, for a browser's file chooser. */
    public static Path zipFile(Path folder) throws IOException {
        return Files.write(folder.resolve("区域预决算.zip"), zip());
    }

    public static byte[] roster() {
        return text("roster.csv").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] dates() {
        return text("dates.csv").getBytes(StandardCharsets.UTF_8);
    }

    /** The saved county column's files as response records of a .warc.gz, each under its http URL (jwarc, as WarcInputTest). */
    public static byte[] warc() {
        try {
            Path mirror = Path.of(RegionUpload.class.getResource("/site/mirror").toURI());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP);
                 Stream<Path> walk = Files.walk(mirror)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String key = mirror.relativize(file).toString().replace('\\', '/');
                    String url = "http://" + Arrays.stream(key.split("/")).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8))
                            .collect(Collectors.joining("/"));
                    MediaType type = key.endsWith(".html") ? MediaType.parse("text/html; charset=" + (key.contains("202401") ? "gb2312" : "utf-8"))
                            : key.endsWith(".pdf") ? MediaType.parse("application/pdf") : MediaType.OCTET_STREAM;
                    HttpResponse http = new HttpResponse.Builder(200, "OK").body(type, Files.readAllBytes(file)).build();
                    writer.write(new WarcResponse.Builder(url).body(http).build());
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String name) {
        return new String(bytes("/region/" + name), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = RegionUpload.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
