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
 * followed through either.
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
                "--server.port=0", "--gongkai.db.url=" + url, "--gongkai.db.user=postgres", "--gongkai.db.password=" + password);
        first.getBean(org.gongkai.server.persistence.DisclosureRepository.class).ensureDepartment("999", "测试部门", "130371");
        Users users = first.getBean(Users.class);
        users.create("two-dept999", PASSWORD, Role.DEPARTMENT, "999", "130371");
        users.create("two-reviewer", PASSWORD, Role.REVIEWER, null, "130371");
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

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
