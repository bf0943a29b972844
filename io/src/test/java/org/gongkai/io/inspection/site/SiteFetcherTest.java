package org.gongkai.io.inspection.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher against the saved column served from localhost only: never the internet. */
@Timeout(60)
class SiteFetcherTest {

    private static final SiteFetcher.Limits FAST = new SiteFetcher.Limits(50, 10_000_000, Duration.ofMillis(20), Duration.ofSeconds(5));

    @TempDir
    Path temp;
    private HttpServer server;
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final List<Long> times = new CopyOnWriteArrayList<>();
    private Path served;

    @BeforeEach
    void serveTheSavedColumn() throws IOException {
        served = SiteFixtures.mirror(temp.resolve("served")).resolve(SiteFixtures.HOST);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            requested.add(path);
            times.add(System.nanoTime());
            Path file = served.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
            if (!file.startsWith(served) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI column() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/zwgk/czxx/bmys/");
    }

    @Test
    void savesTheColumnAsAMirrorThatTheFinderReads() {
        Path out = temp.resolve("out");
        SiteFetcher.Result result = new SiteFetcher(FAST).fetch(column(), out);
        assertThat(result.saved()).isGreaterThanOrEqualTo(6);
        assertThat(SiteBatch.isSite(out)).isTrue();
        assertThat(DisclosureFinder.find(out).disclosures()).extracting(d -> d.page().substring(d.page().indexOf('/')))
                .containsExactlyInAnyOrder("/zwgk/czxx/bmys/202401/t20240126_101.html", "/zwgk/czxx/bmys/202408/t20240830_102.html",
                        "/zwgk/czxx/bmys/2025/putuo-office.html");
    }

    @Test
    void obeysRobotsTxtAndStaysOnTheHost() {
        SiteFetcher.Result result = new SiteFetcher(FAST).fetch(column(), temp.resolve("out"));
        assertThat(requested).noneMatch(p -> p.contains("/private/"));
        assertThat(result.notSaved()).anyMatch(r -> r.contains("/private/draft.html") && r.contains("robots.txt 禁止"));
        assertThat(requested).noneMatch(p -> p.contains("other-district"));
        assertThat(requested).noneMatch(p -> p.endsWith(".css") || p.endsWith(".js") || p.endsWith(".png"));
    }

    @Test
    void followsALoopOfLinksOnlyOnce() {
        new SiteFetcher(FAST).fetch(column(), temp.resolve("out"));
        assertThat(requested.stream().filter(p -> p.endsWith("index_1.html")).count()).isEqualTo(1);
        assertThat(requested.stream().collect(Collectors.groupingBy(p -> p, Collectors.counting())).values()).allMatch(n -> n == 1);
    }

    @Test
    void skipsWhatTheFolderAlreadyHolds() {
        Path out = temp.resolve("out");
        SiteFetcher.Result firstRun = new SiteFetcher(FAST).fetch(column(), out);
        int first = firstRun.saved() + firstRun.alreadyThere();
        requested.clear();
        SiteFetcher.Result again = new SiteFetcher(FAST).fetch(column(), out);
        assertThat(again.saved()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(first);
        Path host = out.resolve("127.0.0.1:" + server.getAddress().getPort());
        // Asked again: robots.txt and what the first run could not save (404s), never a file it holds.
        assertThat(requested).filteredOn(p -> !p.equals("/robots.txt")).noneMatch(p -> Files.isRegularFile(host.resolve(p.substring(1))));
        assertThat(requested).contains("/robots.txt");
    }

    @Test
    void waitsTheDelayBetweenTwoRequests() {
        new SiteFetcher(new SiteFetcher.Limits(3, 10_000_000, Duration.ofMillis(300), Duration.ofSeconds(5))).fetch(column(), temp.resolve("out"));
        assertThat(times.size()).isGreaterThanOrEqualTo(3);
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.ofNanos(times.get(i) - times.get(i - 1))).isGreaterThanOrEqualTo(Duration.ofMillis(290));
        }
        assertThat(SiteFetcher.Limits.DEFAULT.delay()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void refusesAFileOverTheSizeLimitNamingIt() throws IOException {
        Files.write(served.resolve("uploadfiles/2024/08/P020240830391245.xls"), new byte[300_000]);
        SiteFetcher.Result result = new SiteFetcher(new SiteFetcher.Limits(50, 100_000, Duration.ofMillis(10), Duration.ofSeconds(5)))
                .fetch(column(), temp.resolve("out"));
        assertThat(result.notSaved()).anyMatch(r -> r.contains("P020240830391245.xls") && r.contains("上限"));
    }

    @Test
    void stopsAtTheMaximumNumberOfPages() {
        SiteFetcher.Result result = new SiteFetcher(new SiteFetcher.Limits(2, 10_000_000, Duration.ofMillis(10), Duration.ofSeconds(5)))
                .fetch(column(), temp.resolve("out"));
        assertThat(result.notSaved()).anyMatch(r -> r.contains("2 个网页的上限"));
    }
}
