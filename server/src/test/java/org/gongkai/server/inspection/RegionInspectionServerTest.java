package org.gongkai.server.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.server.ServerTest;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A region inspected through the server as through {@code gongkai inspect --roster}: the batch with its roster (a zip of
 * documents, or a saved site as a WARC), the region's findings in the report and the 通报, a bad roster refused by line.
 */
class RegionInspectionServerTest extends ServerTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Users users;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void people() {
        users.create("r-reviewer", PASSWORD, Role.REVIEWER, null, "130371");
    }

    private TestRestTemplate reviewer() {
        return http.withBasicAuth("r-reviewer", PASSWORD);
    }

    private static ByteArrayResource named(String name, byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private ResponseEntity<String> upload(String name, byte[] batch, byte[] roster, byte[] dates) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", named(name, batch));
        if (roster != null) {
            form.add("roster", named("roster.csv", roster));
        }
        if (dates != null) {
            form.add("dates", named("dates.csv", dates));
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return reviewer().exchange("/api/inspections", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    private JsonNode done(ResponseEntity<String> accepted) throws Exception {
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        long id = json.readTree(accepted.getBody()).get("id").asLong();
        JsonNode job = null;
        for (int i = 0; i < 1200; i++) {
            job = json.readTree(reviewer().getForObject("/api/inspections/" + id, String.class));
            if (!job.get("state").asText().equals("QUEUED") && !job.get("state").asText().equals("RUNNING")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("DONE");
        return job;
    }

    private static List<String> rules(JsonNode report) {
        List<String> rules = new ArrayList<>();
        report.get("region").forEach(f -> rules.add(f.get("rule").asText() + " " + f.get("department").asText()));
        return rules;
    }

    @Test
    void aRegionWithItsRosterIsInspectedAndItsFindingsAreInTheReportAndTheBulletin() throws Exception {
        JsonNode job = done(upload("区域预决算.zip", RegionUpload.zip(), RegionUpload.roster(), RegionUpload.dates()));
        long id = job.get("id").asLong();
        JsonNode summary = job.get("summary");
        assertThat(summary.get("documents").asInt()).isEqualTo(summary.get("checked").asInt() + summary.get("unreadable").asInt()
                + summary.get("duplicates").asInt() + summary.get("parts").asInt()).isEqualTo(6);

        JsonNode report = json.readTree(reviewer().getForObject("/api/inspections/" + id + "/report.json", String.class));
        assertThat(rules(report)).contains("R-X-11 上海市普陀区财政局", "R-X-13 上海市普陀区商务委员会", "R-X-10 江苏省高级人民法院")
                .anyMatch(r -> r.startsWith("R-X-08"));

        byte[] xlsx = reviewer().getForObject("/api/inspections/" + id + "/report.xlsx", byte[].class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheet("文档");
            List<String> codes = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var cell = sheet.getRow(r).getCell(4);
                codes.add(cell == null ? "" : cell.getStringCellValue());
            }
            assertThat(codes).as("the code the roster gives, never 「000」").doesNotContain("000").contains("P02", "J01");
        }

        String bulletin = bulletinText(reviewer().getForObject("/api/inspections/" + id + "/bulletin.zip", byte[].class));
        assertThat(bulletin).contains("上海市普陀区财政局", "应公开未公开", "江苏省高级人民法院");
    }

    /** 通报.docx's text, from the bulletin zip. */
    private static String bulletinText(byte[] zip) throws Exception {
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (entry.getName().equals("通报.docx")) {
                    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(entries.readAllBytes()));
                         XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
                        return text.getText();
                    }
                }
            }
        }
        throw new AssertionError("通报.docx missing from the bulletin zip");
    }

    @Test
    void aSavedSiteAsAWarcIsInspectedPageByPageWithTheRoster() throws Exception {
        byte[] roster = "编码,名称,级次,上级编码,批复日期\nP03,上海市普陀区财政局,部门,,\n".getBytes(StandardCharsets.UTF_8);
        JsonNode job = done(upload("县财政栏目.warc.gz", RegionUpload.warc(), roster, null));

        assertThat(job.get("total").asInt()).isEqualTo(3);
        JsonNode report = json.readTree(reviewer().getForObject("/api/inspections/" + job.get("id").asLong() + "/report.json", String.class));
        List<String> files = new ArrayList<>();
        report.get("documents").forEach(d -> {
            assertThat(d.get("status").asText()).as(d.toString()).isEqualTo("CHECKED");
            files.add(d.get("file").asText());
        });
        assertThat(files).allMatch(f -> f.startsWith("www.qingshan.gov.cn/zwgk/czxx/bmys/") && f.endsWith(".html"));
        assertThat(rules(report)).contains("R-X-11 上海市普陀区财政局");
    }

    @Test
    void aRosterWithABadLineIsRefusedNamingTheLineAndNoJobIsQueued() throws Exception {
        int before = json.readTree(reviewer().getForObject("/api/inspections", String.class)).size();
        byte[] roster = "编码,名称,级次,上级编码\nP01,某部门,部门,\nP0101,某单位,科室,P01\n".getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> refused = upload("区域预决算.zip", RegionUpload.zip(), roster, null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("roster.csv", "第 3 行", "科室", "部门", "单位");
        assertThat(json.readTree(reviewer().getForObject("/api/inspections", String.class)).size()).isEqualTo(before);
        ResponseEntity<String> gbk = upload("区域预决算.zip", RegionUpload.zip(), "编码,名称,级次\n".getBytes(java.nio.charset.Charset.forName("GBK")), null);
        assertThat(gbk.getBody()).contains("roster.csv", "UTF-8");
    }
}
