package org.gongkai.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import javax.sql.DataSource;
import org.gongkai.server.GongkaiServer;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two servers on one database, as behind a load balancer: a publication made through one is served by the other —
 * listing, department page, open data and search — as soon as it is acknowledged (within the moment its notification
 * takes to arrive), without restarting either; a batch inspection uploaded to one is run by the other's worker and
 * followed through either; a session signed in on one is signed in on the other, and wrong passwords through one
 * count on the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersTest {

    private static final String PASSWORD = "correct-horse-battery";

    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void twoServersOnOneDatabase() throws Exception {
        String firstData = "target/test-data-" + UUID.randomUUID();
        // Command-line arguments: they outrank application.properties (builder properties are only defaults).
        // The first server takes uploads but runs no inspection worker: its batches are drained by the second.
        first = new SpringApplicationBuilder(GongkaiServer.class).run("--gongkai.data-dir=" + firstData, "--server.port=0",
                "--gongkai.inspection.worker=false");
        String url = ((HikariDataSource) first.getBean(DataSource.class)).getJdbcUrl();
        String password = Files.readString(Path.of(firstData, "db-password")).strip();
        second = new SpringApplicationBuilder(GongkaiServer.class).run("--gongkai.data-dir=target/test-data-" + UUID.randomUUID(),
                "--server.port=0", "--gongkai.db.url=" + url, "--gongkai.db.user=postgres", "--gongkai.db.password=" + password,
                // The same database stands in for a read replica: the second server reads published data through its own pool.
                "--gongkai.db.replica-url=" + url);
        first.getBean(org.gongkai.server.persistence.DisclosureRepository.class).ensureDepartment("999", "测试部门", "130371");
        Users users = first.getBean(Users.class);
        users.create("two-dept999", PASSWORD, Role.DEPARTMENT, "999", "130371");
        users.create("two-reviewer", PASSWORD, Role.REVIEWER, null, "130371");
        users.create("two-guessed", PASSWORD, Role.DEPARTMENT, "999", "130371");
    }

    @AfterAll
    void stop() {
        second.close();
        first.close();
    }

    private String base(ConfigurableApplicationContext server) {
        return "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
    }

    private JsonNode get(ConfigurableApplicationContext server, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base(server) + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode post(String user, String path) throws Exception {
        return post(user, path, HttpRequest.BodyPublishers.noBody());
    }

    private JsonNode post(String user, String path, HttpRequest.BodyPublisher body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base(first) + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private int lock(long id) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base(first) + "/api/disclosures/" + id))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("two-reviewer:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        return json.readTree(response.body()).get("disclosure").get("lockVersion").asInt();
    }

    @Test
    void aPublicationThroughOneServerIsServedByTheOtherAtOnce() throws Exception {
        assertThat(get(second, "/api/public/portal").get("years")).isNotEmpty();
        assertThat(http.send(HttpRequest.newBuilder(URI.create(base(second) + "/api/public/departments/999/2023")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);

        long draft = post("two-dept999", "/api/disclosures", HttpRequest.BodyPublishers.ofString(
                org.gongkai.io.json.ModelJson.write(org.gongkai.core.budget.ValidPackages.random(11, 20)))).get("disclosure").get("id").asLong();
        post("two-dept999", "/api/disclosures/" + draft + "/submit?lockVersion=" + lock(draft));
        post("two-reviewer", "/api/disclosures/" + draft + "/approve?lockVersion=" + lock(draft));
        post("two-reviewer", "/api/disclosures/" + draft + "/publish?lockVersion=" + lock(draft));
        long acknowledged = System.nanoTime();

        assertThat(get(first, "/api/public/departments/999/2023").get("versions")).as("发布的服务器立即可见").hasSize(1);
        int status;
        do {
            status = http.send(HttpRequest.newBuilder(URI.create(base(second) + "/api/public/departments/999/2023")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode();
        } while (status != 200 && System.nanoTime() - acknowledged < 5_000_000_000L);
        long millis = (System.nanoTime() - acknowledged) / 1_000_000;
        assertThat(status).as("另一台服务器（等待上限 5 s，实际 %d ms）", millis).isEqualTo(200);
        assertThat(get(second, "/api/public/portal?year=2023").toString()).contains("测试部门");
        assertThat(get(second, "/api/public/search?q=999").get("hits").toString()).contains("/d/999/2023");
    }

    @Test
    void aServerWithAReadReplicaReadsThePublishedListingThere() throws Exception {
        org.gongkai.server.persistence.PortalReads reads = second.getBean(org.gongkai.server.persistence.PortalReads.class);
        assertThat(reads.hasReplica()).isTrue();
        assertThat(first.getBean(org.gongkai.server.persistence.PortalReads.class).hasReplica()).isFalse();
        assertThat(get(second, "/api/public/portal").get("years")).isNotEmpty();
        Integer replicaConnections = first.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from pg_stat_activity where application_name = 'gongkai-portal-reads'").query(Integer.class).single();
        assertThat(replicaConnections).isPositive();
    }

    @Test
    void aBatchInspectionUploadedToOneServerIsRunByTheOtherAndFollowedThroughBoth() throws Exception {
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream entries = new java.util.zip.ZipOutputStream(zip)) {
            for (String sample : new String[] {"qhd-etdz-affairs-2023", "qhd-etdz-office-2020"}) {
                entries.putNextEntry(new java.util.zip.ZipEntry(sample + ".txt"));
                entries.write(Files.readAllBytes(Path.of("..", "samples", sample, "input.txt")));
                entries.closeEntry();
            }
        }
        String boundary = "gongkai-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"batch.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(base(first) + "/api/inspections"))
                .header("Authorization", basic("two-reviewer")).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, zip.toByteArray(), tail))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        long id = json.readTree(accepted.body()).get("id").asLong();

        JsonNode onSecond = null;
        for (int i = 0; i < 300; i++) {
            onSecond = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base(second) + "/api/inspections/" + id))
                    .header("Authorization", basic("two-reviewer")).build(), HttpResponse.BodyHandlers.ofString()).body());
            if (onSecond.get("state").asText().equals("DONE")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(onSecond.get("state").asText()).isEqualTo("DONE");
        assertThat(onSecond.get("done").asInt()).isEqualTo(2);
        JsonNode onFirst = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base(first) + "/api/inspections/" + id))
                .header("Authorization", basic("two-reviewer")).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(onFirst.get("state").asText()).isEqualTo("DONE");
        assertThat(onFirst.get("summary")).isEqualTo(onSecond.get("summary"));
    }

    @Test
    void aSessionSignedInThroughOneServerIsSignedInOnTheOtherAndSigningOutThereEndsItOnBoth() throws Exception {
        HttpResponse<String> login = browse(first, "/login", null, null, null);
        HttpResponse<String> signedIn = browse(first, "/login", cookie(login),
                form("username", "two-dept999", "password", PASSWORD, "_csrf", csrf(login)), null);
        assertThat(signedIn.headers().firstValue("Location")).as("登录后转到工作台").hasValueSatisfying(to -> assertThat(to).endsWith("/work"));
        String cookie = cookie(signedIn);
        assertThat(sessionsOf("two-dept999")).as("会话保存在数据库中").isEqualTo(1);

        HttpResponse<String> work = browse(second, "/work", cookie, null, null);
        assertThat(work.statusCode()).as("另一台服务器认得这个会话").isEqualTo(200);
        assertThat(work.body()).contains("two-dept999").contains("退出");
        assertThat(browse(second, "/rules", null, null, null).body()).doesNotContain("two-dept999");
        assertThat(browse(second, "/rules", cookie, null, null).body()).as("已登录不取公开页面缓存").contains("two-dept999");
        for (int i = 0; i < 100; i++) {
            // Past the anonymous burst of 40: the rate limit must see the shared session too (the session filter runs first).
            assertThat(browse(second, "/rules", cookie, null, "203.0.113.78").statusCode()).as("已登录的会话不受匿名访问限速").isEqualTo(200);
        }

        HttpResponse<String> out = browse(second, "/logout", cookie, form("_csrf", csrf(work)), null);
        assertThat(out.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?logout"));
        assertThat(sessionsOf("two-dept999")).isZero();
        HttpResponse<String> after = browse(first, "/work", cookie, null, null);
        assertThat(after.statusCode()).as("在一台服务器退出，另一台也已退出").isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void anAnonymousPublicPageMakesNoSession() throws Exception {
        long before = System.currentTimeMillis();
        for (String path : new String[] {"/", "/search?q=" + UUID.randomUUID()}) {
            HttpResponse<String> page = browse(first, path, null, null, null);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(first.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from spring_session where creation_time >= ?").param(before).query(Long.class).single())
                .as("公开页面不建立会话").isZero();
    }

    @Test
    void fiveWrongPasswordsThroughOneServerLockTheAccountForThatClientOnTheOther() throws Exception {
        String guesser = "203.0.113.77";
        HttpResponse<String> login = browse(first, "/login", null, null, guesser);
        String cookie = cookie(login);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = browse(first, "/login", cookie,
                    form("username", "two-guessed", "password", "wrong-" + i, "_csrf", csrf(login)), guesser);
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        }
        HttpResponse<String> right = browse(second, "/login", cookie,
                form("username", "two-guessed", "password", PASSWORD, "_csrf", csrf(login)), guesser);
        assertThat(right.headers().firstValue("Location")).as("另一台服务器上也已锁定")
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?error"));
        assertThat(browse(second, "/login?error", cookie, null, guesser).body()).contains("该账号已暂时锁定 15 分钟");

        HttpResponse<String> elsewhere = browse(second, "/login", null, null, "198.51.100.77");
        HttpResponse<String> signedIn = browse(second, "/login", cookie(elsewhere),
                form("username", "two-guessed", "password", PASSWORD, "_csrf", csrf(elsewhere)), "198.51.100.77");
        assertThat(signedIn.headers().firstValue("Location")).as("其他客户端不受影响")
                .hasValueSatisfying(to -> assertThat(to).endsWith("/work"));
    }

    /**
     * A request as a browser makes it: a GET, or a form POST when {@code form} is given, with the session cookie if
     * any, from the client address {@code client} if given (the servers trust X-Forwarded-For from the loopback).
     */
    private HttpResponse<String> browse(ConfigurableApplicationContext server, String path, String cookie, String form, String client)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(server) + path));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (client != null) {
            request.header("X-Forwarded-For", client);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(namesAndValues[i]).append('=')
                    .append(java.net.URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }

    /** The session cookie the answer sets, as a request sends it back ({@code name=value}). */
    private static String cookie(HttpResponse<String> response) {
        String set = response.headers().firstValue("Set-Cookie").orElseThrow(() -> new AssertionError("no session cookie"));
        return set.substring(0, set.indexOf(';'));
    }

    /** The CSRF token in the page's forms. */
    private static String csrf(HttpResponse<String> page) {
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("CSRF token in the page").isTrue();
        return token.group(1);
    }

    private long sessionsOf(String user) {
        return first.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from spring_session where principal_name = ?").param(user).query(Long.class).single();
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
