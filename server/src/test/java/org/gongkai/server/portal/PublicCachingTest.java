package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.gongkai.server.ServerTest;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over HTTP as a browser asks (java.net.http never unzips by itself): text is gzipped, a published version's files are
 * kept for a year, its page a day, pages that change a minute and then revalidated, signed-in pages never kept.
 */
class PublicCachingTest extends ServerTest {

    private static final String PASSWORD = "Cache-Test-1";

    @LocalServerPort
    int port;
    @Autowired
    Users users;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(HttpClient client, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String gunzip(byte[] body) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theDepartmentPageIsSentGzippedToABrowserThatTakesItAndWholeToOneThatDoesNot() throws Exception {
        for (int reading = 1; reading <= 2; reading++) {
            HttpResponse<byte[]> zipped = get(http, "/d/430/2023", "Accept-Encoding", "gzip, deflate, br");
            HttpResponse<byte[]> whole = get(http, "/d/430/2023");
            assertThat(zipped.statusCode()).isEqualTo(200);
            assertThat(header(zipped, "Content-Encoding")).as("reading %d", reading).isEqualTo("gzip");
            assertThat(header(whole, "Content-Encoding")).isNull();
            String page = new String(whole.body(), StandardCharsets.UTF_8);
            assertThat(gunzip(zipped.body())).isEqualTo(page).contains("秦皇岛经济技术开发区机关事务服务中心");
            System.out.printf("department page, reading %d: %d bytes, gzipped %d%n", reading, whole.body().length, zipped.body().length);
            assertThat(zipped.body().length).isLessThan(whole.body().length / 4);
            assertThat(header(zipped, "Vary")).contains("Accept-Encoding");
        }
    }

    @Test
    void stylesScriptsAndOpenDataAreGzippedToo() throws Exception {
        for (String path : new String[] {"/css/gongkai.css", "/js/charts.js", "/api/public/departments/430/2023"}) {
            HttpResponse<byte[]> zipped = get(http, path, "Accept-Encoding", "gzip");
            assertThat(zipped.statusCode()).as(path).isEqualTo(200);
            assertThat(header(zipped, "Content-Encoding")).as(path).isEqualTo("gzip");
            assertThat(gunzip(zipped.body())).as(path).isNotEmpty();
        }
    }

    @Test
    void aPageThatChangesIsKeptAMinuteAndRevalidatedByItsETagOrItsDate() throws Exception {
        for (String path : new String[] {"/", "/d/430/2023", "/search?q=" + URLEncoder.encode("经费", StandardCharsets.UTF_8),
                "/region/130371", "/api/public/portal"}) {
            get(http, path);
            HttpResponse<byte[]> page = get(http, path, "Accept-Encoding", "gzip");
            assertThat(header(page, "Cache-Control")).as(path).isEqualTo("public, max-age=60, must-revalidate");
            assertThat(header(page, "Pragma")).as(path).isNull();
            assertThat(header(page, "Expires")).as(path).isNull();
            String etag = header(page, "ETag");
            String lastModified = header(page, "Last-Modified");
            assertThat(etag).as(path).isNotNull();
            assertThat(lastModified).as(path).isNotNull();
            assertThat(get(http, path, "Accept-Encoding", "gzip", "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
            assertThat(get(http, path, "If-Modified-Since", lastModified).statusCode()).as(path).isEqualTo(304);
            assertThat(get(http, path, "If-None-Match", "\"other\"").statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void aPublishedVersionsFilesAndModelAreImmutableAndItsPageIsKeptADay() throws Exception {
        assertThat(header(get(http, "/d/430/2023/download/xlsx?version=1"), "Cache-Control"))
                .isEqualTo("public, max-age=31536000, immutable");
        JsonNode listed = new ObjectMapper().readTree(get(http, "/api/public/disclosures?year=2023").body());
        JsonNode first = listed.isArray() ? listed.get(0) : listed.findValues("id").get(0);
        long id = first.isNumber() ? first.asLong() : first.get("id").asLong();
        HttpResponse<byte[]> model = get(http, "/api/public/disclosures/" + id, "Accept-Encoding", "gzip");
        assertThat(model.statusCode()).isEqualTo(200);
        assertThat(header(model, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(header(get(http, "/d/430/2023?version=1"), "Cache-Control")).isEqualTo("public, max-age=86400");
        // the newest version's files change at a correction
        assertThat(header(get(http, "/d/430/2023/download/xlsx"), "Cache-Control")).isEqualTo("public, max-age=60, must-revalidate");
    }

    @Test
    void signedInPagesAreNeverKept() throws Exception {
        users.create("cache-reader", PASSWORD, Role.ADMIN, null, null);
        HttpClient signedIn = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = new String(get(signedIn, "/login").body(), StandardCharsets.UTF_8);
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(login);
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        String form = "username=cache-reader&password=" + PASSWORD + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signed = signedIn.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signed.uri().getPath()).isEqualTo("/work");
        assertThat(header(get(signedIn, "/work"), "Cache-Control")).contains("no-store");
        assertThat(header(get(signedIn, "/d/430/2023"), "Cache-Control")).contains("no-store");
    }
}
