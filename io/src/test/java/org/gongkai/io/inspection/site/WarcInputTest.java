package org.gongkai.io.inspection.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.inspection.Inspection;
import org.gongkai.io.inspection.Scorecard;
import org.gongkai.io.inspection.Timeliness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcInputTest {

    @TempDir
    Path temp;

    /** The mirror's files as response records of a .warc.gz, written with jwarc, each under its http URL. */
    private Path warcOfTheMirror() throws IOException {
        Path mirror = SiteFixtures.mirror(temp.resolve("mirror"));
        Path warc = temp.resolve("column.warc.gz");
        try (WarcWriter writer = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP); Stream<Path> walk = Files.walk(mirror)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String key = mirror.relativize(file).toString().replace('\\', '/');
                String url = "http://" + Arrays.stream(key.split("/")).map(s -> URLEncoder.encode(s, StandardCharsets.UTF_8))
                        .collect(Collectors.joining("/"));
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(type(key), Files.readAllBytes(file)).build();
                writer.write(new WarcResponse.Builder(url).body(http).build());
            }
        }
        return warc;
    }

    private static MediaType type(String key) {
        if (key.endsWith(".html")) {
            return MediaType.parse(key.contains("202401") ? "text/html; charset=gb2312" : "text/html; charset=utf-8");
        }
        return key.endsWith(".pdf") ? MediaType.parse("application/pdf") : MediaType.OCTET_STREAM;
    }

    @Test
    void findsTheSameDisclosuresInAWarcAsInTheMirror() throws IOException {
        DisclosureFinder.Found found = DisclosureFinder.find(warcOfTheMirror());
        Map<String, SiteDisclosure> byPage = found.disclosures().stream().collect(Collectors.toMap(SiteDisclosure::page, d -> d));
        assertThat(byPage).containsOnlyKeys(SiteFixtures.BUDGET_PAGE, SiteFixtures.ACCOUNTS_PAGE, SiteFixtures.PDF_PAGE);
        assertThat(byPage.get(SiteFixtures.PDF_PAGE).attachmentKeys()).containsExactly(SiteFixtures.COLUMN + "2025/附件/2025年部门预算.pdf");
        assertThat(byPage.get(SiteFixtures.ACCOUNTS_PAGE).published()).isEqualTo(LocalDate.of(2024, 8, 30));
    }

    @Test
    void inspectsTheDisclosuresOfAWarc() throws IOException {
        DisclosureFinder.Found found = DisclosureFinder.find(warcOfTheMirror());
        List<Scorecard> cards = Inspection.run(SiteBatch.of(found), Timeliness.none().withPublished(SiteBatch.published(found)), 2,
                (done, total) -> { }).documents();
        assertThat(cards).hasSize(3).allSatisfy(c -> assertThat(c.status()).as(c.reason()).isEqualTo(Scorecard.Status.CHECKED));
    }

    @Test
    void refusesABrokenWarcNamingIt() throws IOException {
        Path broken = temp.resolve("broken.warc");
        Files.writeString(broken, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nHTTP/1.1 200 OK\r\n");
        assertThatThrownBy(() -> DisclosureFinder.find(broken)).isInstanceOf(ImportException.class)
                .hasMessageContaining("broken.warc").hasMessageContaining("WARC");
        Path garbage = temp.resolve("garbage.warc.gz");
        Files.write(garbage, new byte[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> DisclosureFinder.find(garbage)).isInstanceOf(ImportException.class).hasMessageContaining("garbage.warc.gz");
    }

    @Test
    void keepsWhatCameBeforeTheDamageInATruncatedWarc() throws IOException {
        Path whole = warcOfTheMirror();
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = temp.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 50_000));
        DisclosureFinder.Found found = DisclosureFinder.find(cut);
        assertThat(found.skipped()).anyMatch(s -> s.contains("cut.warc.gz") && s.contains("损坏"));
    }
}
