package org.gongkai.server.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.junit.jupiter.api.BeforeAll;
import org.gongkai.server.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The server's batch inspection: a reviewer uploads a zip, polls the progress, downloads the reports. */
class InspectionServerTest extends ServerTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Users users;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @org.springframework.beans.factory.annotation.Value("${gongkai.data-dir}")
    String dataDir;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void people() {
        users.create("i-reviewer", PASSWORD, Role.REVIEWER, null, "130371");
        users.create("i-other", PASSWORD, Role.REVIEWER, null, "130371");
        users.create("i-dept", PASSWORD, Role.DEPARTMENT, "430", "130371");
    }

    private ResponseEntity<String> upload(String user, String name, byte[] bytes) {
        return postFile(http.withBasicAuth(user, PASSWORD), "/api/inspections", name, bytes);
    }

    private static byte[] zipOfSamples() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String sample : new String[] {"qhd-etdz-affairs-2023", "qhd-etdz-office-2020", "qhd-etdz-approval-2020"}) {
                zip.putNextEntry(new ZipEntry("2023/" + sample + ".txt"));
                zip.write(Files.readAllBytes(Path.of("..", "samples", sample, "input.txt")));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("2023/坏文件.docx"));
            zip.write(new byte[] {'P', 'K', 3, 4});
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void aReviewerUploadsAZipWatchesItAndGetsTheReports() throws Exception {
        ResponseEntity<String> accepted = upload("i-reviewer", "区县预算.zip", zipOfSamples());
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode job = json.readTree(accepted.getBody());
        assertThat(job.get("total").asInt()).isEqualTo(4);
        long id = job.get("id").asLong();
        JsonNode state = job;
        for (int i = 0; i < 300 && !state.get("state").asText().equals("DONE"); i++) {
            Thread.sleep(100);
            state = json.readTree(http.withBasicAuth("i-reviewer", PASSWORD).getForObject("/api/inspections/" + id, String.class));
        }
        assertThat(state.get("state").asText()).isEqualTo("DONE");
        assertThat(state.get("done").asInt()).isEqualTo(4);
        assertThat(state.get("summary").get("unreadable").asInt()).isEqualTo(1);

        byte[] xlsx = http.withBasicAuth("i-reviewer", PASSWORD).getForObject("/api/inspections/" + id + "/report.xlsx", byte[].class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheet("文档").getLastRowNum()).isEqualTo(4);
        }
        String html = http.withBasicAuth("i-reviewer", PASSWORD).getForObject("/api/inspections/" + id + "/report.html", String.class);
        assertThat(html).contains("坏文件.docx").contains("sortable");
        byte[] bulletin = http.withBasicAuth("i-reviewer", PASSWORD).getForObject("/api/inspections/" + id + "/bulletin.zip", byte[].class);
        java.util.List<String> entries = new java.util.ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(bulletin))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).contains("通报.docx", "通报.pdf").anyMatch(e -> e.startsWith("整改清单/") && e.endsWith(".xlsx"));
        InspectionJobs afterRestart = new InspectionJobs(dataDir, false, jdbc, dataSource, transactions);
        assertThat(afterRestart.find(id)).hasValueSatisfying(stored -> {
            assertThat(stored.state()).isEqualTo(InspectionJobs.State.DONE);
            assertThat(stored.report()).hasValueSatisfying(r -> assertThat(r.documents()).hasSize(4));
        });
        assertThat(afterRestart.of("i-reviewer")).extracting(InspectionJobs.Job::id).contains(id);
        assertThat(http.withBasicAuth("i-other", PASSWORD).getForEntity("/api/inspections/" + id, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("i-reviewer", PASSWORD).getForEntity("/api/inspections/" + id + "/report.doc", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;
    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    private JsonNode waitFor(long id, String state) throws Exception {
        JsonNode job = null;
        for (int i = 0; i < 300; i++) {
            job = json.readTree(http.withBasicAuth("i-reviewer", PASSWORD).getForObject("/api/inspections/" + id, String.class));
            if (job.get("state").asText().equals(state)) {
                return job;
            }
            Thread.sleep(100);
        }
        return job;
    }

    @Test
    void aJobWhoseWorkerStoppedIsQueuedAgainAndFinishedByAnotherWorker() throws Exception {
        Path zip = Files.createTempFile("batch", ".zip");
        Files.write(zip, zipOfSamples());
        long id = transactions.execute(status -> jdbc.sql("insert into inspection_job (owner, file_name, state, total, zip, worker, "
                        + "attempts, started_at, heartbeat_at) values ('i-reviewer', '中断的检查.zip', 'RUNNING', 4, ?, 'a-stopped-server', 1, "
                        + "now() - interval '1 hour', now() - interval '1 hour') returning id")
                .param(LargeObjects.store(dataSource, zip)).query(Long.class).single());

        JsonNode job = waitFor(id, "DONE");

        assertThat(job.get("state").asText()).isEqualTo("DONE");
        assertThat(job.get("done").asInt()).isEqualTo(4);
        assertThat(jdbc.sql("select zip is null and attempts = 2 from inspection_job where id = ?").param(id).query(Boolean.class).single())
                .as("the stored zip is dropped once the job is done").isTrue();
    }

    @Test
    void aJobThatStoppedItsWorkerThreeTimesIsFailedWithTheReason() throws Exception {
        long id = jdbc.sql("insert into inspection_job (owner, file_name, state, total, worker, attempts, heartbeat_at) "
                + "values ('i-reviewer', 'x.zip', 'RUNNING', 9, 'a-stopped-server', 3, now() - interval '1 hour') returning id")
                .query(Long.class).single();

        JsonNode job = waitFor(id, "FAILED");

        assertThat(job.toString()).contains("FAILED").contains("多次中断");
    }

    @Test
    void aDepartmentMayNotInspectAndAFileThatIsNotAZipIsRefusedByName() {
        assertThat(upload("i-dept", "a.zip", new byte[] {1}).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> notZip = upload("i-reviewer", "报告.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        assertThat(notZip.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notZip.getBody()).contains("报告.pdf").contains("zip");
        assertThat(http.getForEntity("/api/inspections", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
