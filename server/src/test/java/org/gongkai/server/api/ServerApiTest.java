package org.gongkai.server.api;

import org.gongkai.server.DepartmentYears;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.io.json.ModelJson;
import org.gongkai.io.template.TemplateReader;
import org.gongkai.io.template.TemplateWriter;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.junit.jupiter.api.BeforeAll;
import org.gongkai.server.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The API on real (embedded) PostgreSQL: the workflow end to end, who may do what, conflicts, and bad uploads. */
class ServerApiTest extends ServerTest {

    private static final String PASSWORD = "correct-horse-battery";

    @Autowired
    TestRestTemplate http;
    @Autowired
    Users users;
    @Autowired
    DisclosureRepository repository;
    @Autowired
    JdbcClient jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void usersAndDepartments() {
        repository.ensureRegion("130300", "秦皇岛市");
        repository.ensureDepartment("999", "测试部门", "130371");
        repository.ensureDepartment("888", "别的地区的部门", "130300");
        users.create("t-dept999", PASSWORD, Role.DEPARTMENT, "999", "130371");
        users.create("t-dept430", PASSWORD, Role.DEPARTMENT, "430", "130371");
        users.create("t-reviewer", PASSWORD, Role.REVIEWER, null, "130371");
        users.create("t-reviewer-other", PASSWORD, Role.REVIEWER, null, "130300");
        users.create("t-admin", PASSWORD, Role.ADMIN, null, null);
    }

    @org.junit.jupiter.api.BeforeEach
    void aFreshYearForTheTestDepartment() {
        DepartmentYears.startAfresh(jdbc, "999");
    }

    private TestRestTemplate as(String user) {
        return user == null ? http : http.withBasicAuth(user, PASSWORD);
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        return sendJson(as(user), HttpMethod.POST, path, body);
    }

    private ResponseEntity<String> put(String user, String path, String body) {
        return sendJson(as(user), HttpMethod.PUT, path, body);
    }

    private JsonNode body(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    private DepartmentBudget validModel() {
        return ValidPackages.random(11, 20);
    }

    private long createDraft() throws Exception {
        ResponseEntity<String> created = post("t-dept999", "/api/disclosures", ModelJson.write(validModel()));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.OK);
        return body(created).get("disclosure").get("id").asLong();
    }

    private int lock(long id) throws Exception {
        return body(as("t-admin").getForEntity("/api/disclosures/" + id, String.class)).get("disclosure").get("lockVersion").asInt();
    }

    private String action(String user, long id, String action, String extra) throws Exception {
        ResponseEntity<String> response = post(user, "/api/disclosures/" + id + "/" + action + "?lockVersion=" + lock(id) + extra, "");
        return response.getStatusCode().value() + " " + response.getBody();
    }

    private long count() {
        return jdbc.sql("select count(*) from disclosure").query(Long.class).single();
    }

    @Test
    void aDisclosureGoesFromDraftToPublishedAndACorrectionSupersedesIt() throws Exception {
        long id = createDraft();
        assertThat(action("t-dept999", id, "approve", "")).startsWith("403");
        assertThat(action("t-dept999", id, "submit", "")).startsWith("200").contains("SUBMITTED");
        assertThat(action("t-dept999", id, "submit", "")).startsWith("409").contains("当前状态为“已提交”，不能提交");
        assertThat(action("t-reviewer-other", id, "approve", "")).startsWith("403");
        assertThat(action("t-reviewer", id, "return", "")).startsWith("400").contains("退回须填写审核意见");
        assertThat(action("t-reviewer", id, "return", "&comment=请补充说明")).startsWith("200").contains("RETURNED");
        assertThat(action("t-dept999", id, "submit", "")).startsWith("200");
        assertThat(action("t-reviewer", id, "publish", "")).startsWith("409").contains("不能公开");
        assertThat(action("t-reviewer", id, "approve", "&comment=仅供内部")).startsWith("200").contains("APPROVED").contains("publishBy");
        assertThat(action("t-dept999", id, "publish", "")).startsWith("200").contains("PUBLISHED");
        String listed = as(null).getForEntity("/api/public/disclosures", String.class).getBody();
        assertThat(listed).contains("\"id\" : " + id).doesNotContain("仅供内部").doesNotContain("reviewComment").doesNotContain("lockVersion");
        ResponseEntity<String> first = as(null).getForEntity("/api/public/disclosures?size=1", String.class);
        long total = Long.parseLong(first.getHeaders().getFirst("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(4);
        assertThat(json.readTree(first.getBody())).hasSize(1);
        assertThat(first.getHeaders().getFirst("Link")).isEqualTo("</api/public/disclosures?page=2&size=1>; rel=\"next\"");
        assertThat(as(null).getForEntity("/api/public/disclosures?size=1&page=" + total, String.class).getHeaders().getFirst("Link")).isNull();
        assertThat(as(null).getForEntity("/api/public/disclosures?size=5000", String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(put("t-dept999", "/api/disclosures/" + id + "/model?lockVersion=" + lock(id), ModelJson.write(validModel()))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(as(null).getForEntity("/api/public/disclosures/" + id, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> corrected = post("t-dept999", "/api/disclosures/" + id + "/correct?reason=数字更正", "");
        long correction = body(corrected).get("id").asLong();
        int published = body(as("t-admin").getForEntity("/api/disclosures/" + id, String.class)).get("disclosure").get("version").asInt();
        assertThat(body(corrected).get("version").asInt()).isGreaterThan(published);
        assertThat(body(corrected).get("correctionReason").asText()).isEqualTo("数字更正");
        action("t-dept999", correction, "submit", "");
        action("t-reviewer", correction, "approve", "");
        action("t-dept999", correction, "publish", "");
        JsonNode old = body(as("t-admin").getForEntity("/api/disclosures/" + id, String.class)).get("disclosure");
        assertThat(old.get("superseded").asBoolean()).isTrue();
        assertThat(old.get("status").asText()).isEqualTo("PUBLISHED");
        JsonNode audit = body(as("t-dept999").getForEntity("/api/disclosures/" + id + "/audit", String.class));
        assertThat(audit.findValuesAsText("action")).contains("CREATE", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED");
        assertThat(audit.findValuesAsText("actor")).contains("t-dept999", "t-reviewer");
    }

    @Test
    void submittingWithErrorsIsRefusedAndWarningsNeedAnExplanation() throws Exception {
        DepartmentBudget broken = validModel().toBuilder().narrative(NarrativeSection.OVERVIEW, "2023年部门支出预算为1.00万元。").build();
        long id = body(post("t-dept999", "/api/disclosures", ModelJson.write(broken))).get("disclosure").get("id").asLong();
        assertThat(action("t-dept999", id, "submit", "")).startsWith("409").contains("存在").contains("错误");
    }

    @Test
    void theSecondOfTwoConcurrentSavesGetsAConflictAndTheFirstIsKept() throws Exception {
        long id = createDraft();
        int read = lock(id);
        DepartmentBudget first = validModel().toBuilder().narrative(NarrativeSection.OTHER, "第一个人的修改").build();
        DepartmentBudget second = validModel().toBuilder().narrative(NarrativeSection.OTHER, "第二个人的修改").build();
        assertThat(put("t-dept999", "/api/disclosures/" + id + "/model?lockVersion=" + read, ModelJson.write(first)).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> late = put("t-dept999", "/api/disclosures/" + id + "/model?lockVersion=" + read, ModelJson.write(second));
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(body(late).get("message").asText()).contains("保存冲突").contains("未保存");
        assertThat(as("t-dept999").getForEntity("/api/disclosures/" + id + "/model", String.class).getBody()).contains("第一个人的修改");
    }

    @Test
    void eachRoleReachesExactlyWhatItMay() throws Exception {
        long draft = createDraft();
        String own = "/api/disclosures/" + draft;
        record Case(String user, String path, int status) {
        }
        for (Case c : new Case[] {
            new Case(null, "/api/public/disclosures", 200), new Case(null, own, 401), new Case(null, "/api/disclosures", 401),
            new Case(null, "/api/public/disclosures/" + draft, 404),
            new Case("t-dept999", own, 200), new Case("t-dept430", own, 403), new Case("t-reviewer", own, 200),
            new Case("t-reviewer-other", own, 403), new Case("t-admin", own, 200),
            new Case("t-dept430", own + "/model", 403), new Case("t-dept430", own + "/audit", 403),
            new Case("t-dept430", own + "/findings", 403), new Case("t-reviewer-other", own + "/findings", 403),
            new Case(null, own + "/template", 401), new Case("t-dept430", own + "/template", 403),
            new Case("t-reviewer", own + "/template", 200), new Case(null, "/api/template", 401),
            new Case("t-reviewer-other", "/api/template?department=999", 403),
            new Case("t-admin", "/api/template?department=999", 200), new Case("t-admin", "/api/template", 400),
            new Case("t-admin", "/api/template?department=12345", 400)}) {
            assertThat(as(c.user()).getForEntity(c.path(), String.class).getStatusCode().value())
                    .as(c.user() + " GET " + c.path()).isEqualTo(c.status());
        }
        assertThat(put("t-dept430", own + "/model?lockVersion=0", ModelJson.write(validModel())).getStatusCode().value()).isEqualTo(403);
        assertThat(put("t-reviewer", own + "/model?lockVersion=0", ModelJson.write(validModel())).getStatusCode().value()).isEqualTo(403);
        assertThat(action("t-dept430", draft, "submit", "")).startsWith("403");
        assertThat(post("t-dept430", "/api/disclosures", ModelJson.write(validModel())).getStatusCode().value()).isEqualTo(403);
        assertThat(as("t-dept999").exchange("/api/disclosures", HttpMethod.GET, null, String.class).getBody()).doesNotContain("\"departmentCode\" : \"430\"");
    }

    @Test
    void anAdministratorRegistersADepartmentAndItsUserWhoCanThenSignIn() throws Exception {
        assertThat(post("t-dept999", "/api/admin/departments", "{\"code\":\"777\",\"name\":\"新部门\",\"regionCode\":\"130371\"}")
                .getStatusCode().value()).isEqualTo(403);
        assertThat(post("t-admin", "/api/admin/departments", "{\"code\":\"777\",\"name\":\"新部门\",\"regionCode\":\"999999\"}")
                .getBody()).contains("区域 999999 尚未登记");
        assertThat(post("t-admin", "/api/admin/departments", "{\"code\":\"777\",\"name\":\"新部门\",\"regionCode\":\"130371\"}")
                .getStatusCode().value()).isEqualTo(200);
        ResponseEntity<String> created = post("t-admin", "/api/admin/users",
                "{\"username\":\"new-777\",\"role\":\"DEPARTMENT\",\"departmentCode\":\"777\"}");
        String password = body(created).get("password").asText();
        assertThat(password).hasSizeGreaterThan(12);
        assertThat(jdbc.sql("select password_hash from app_user where username = 'new-777'").query(String.class).single())
                .startsWith("$2").doesNotContain(password);
        ResponseEntity<String> beforeChange = http.withBasicAuth("new-777", password).getForEntity("/api/disclosures", String.class);
        assertThat(beforeChange.getStatusCode()).as("a temporary password does nothing but change itself").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(beforeChange.getBody()).contains("须先修改临时密码");
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth("new-777", password).exchange("/api/account/password", HttpMethod.POST,
                new HttpEntity<>("{\"current\":\"" + password + "\",\"password\":\"short\"}", json), String.class).getBody())
                .contains("至少 10 位");
        assertThat(http.withBasicAuth("new-777", password).exchange("/api/account/password", HttpMethod.POST,
                new HttpEntity<>("{\"current\":\"" + password + "\",\"password\":\"Seven-2026-strong\"}", json), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("new-777", "Seven-2026-strong").getForEntity("/api/disclosures", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(post("t-admin", "/api/admin/users", "{\"username\":\"new-777\",\"role\":\"ADMIN\"}").getBody())
                .contains("已存在");
    }

    @Test
    void badUploadsAreRefusedClearlyAndChangeNothing() throws Exception {
        long before = count();
        assertThat(upload("broken.docx", new byte[] {'P', 'K', 3, 4, 9, 9, 9})).startsWith("400").contains("broken.docx")
                .doesNotContain("Exception").doesNotContain("org.apache").doesNotContain("java.");
        assertThat(upload("bomb.docx", zipBomb())).startsWith("400").contains("压缩炸弹");
        assertThat(upload("huge.txt", new byte[100 * 1024 * 1024])).startsWith("413").contains("50 MB");
        assertThat(post("t-dept999", "/api/disclosures", "{\"year\": 2023,").getStatusCode().value()).isEqualTo(400);
        assertThat(post("t-dept999", "/api/disclosures", ModelJson.write(validModel()).replaceFirst("\"\\d{7}\"", "\"2990101\""))
                .getBody()).contains("2990101");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aPdfOfThousandsOfPagesIsRefusedByItsPageCountNamingTheLimit() throws Exception {
        long before = count();
        assertThat(upload("空白.pdf", blankPages(8_000))).startsWith("400").contains("页数 8000 页，超过 500 页上限");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void whoMayUploadIsCheckedBeforeTheFileIsRead() throws Exception {
        long id = createDraft();
        byte[] bomb = blankPages(8_000);
        ResponseEntity<String> otherDepartment = postFile(as("t-dept430"), "/api/disclosures/" + id + "/upload?lockVersion=" + lock(id),
                "炸弹.pdf", bomb);
        assertThat(otherDepartment.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(otherDepartment.getBody()).doesNotContain("页上限");
        ResponseEntity<String> reviewer = postFile(as("t-reviewer"), "/api/disclosures/upload", "炸弹.pdf", bomb);
        assertThat(reviewer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(reviewer.getBody()).doesNotContain("页上限");
    }

    private static byte[] blankPages(int pages) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            }
            document.save(out);
        }
        return out.toByteArray();
    }

    @Test
    void anUploadedModelBecomesADraftWithItsValidationReport() throws Exception {
        String response = upload("model.json", ModelJson.write(validModel()).getBytes(StandardCharsets.UTF_8));
        assertThat(response).startsWith("200").contains("\"status\" : \"DRAFT\"").contains("findings");
    }

    @Test
    void aTemplateDownloadedFilledInAndUploadedBecomesADraftAndReplacesIt() throws Exception {
        ResponseEntity<byte[]> blank = as("t-dept999").getForEntity("/api/template?year=2024", byte[].class);
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(blank.getHeaders().getContentDisposition().getFilename()).isEqualTo("999-2024-填报模板.xlsx");
        DepartmentBudget empty = TemplateReader.read("blank.xlsx", blank.getBody());
        assertThat(empty.department().name()).isEqualTo("测试部门");
        assertThat(empty.expenditures()).isEmpty();

        String created = upload("填报.xlsx", template(validModel()));
        assertThat(created).startsWith("200").contains("数据填报模板").contains("DRAFT");
        long id = json.readTree(created.substring(4)).get("disclosure").get("id").asLong();
        byte[] filled = as("t-dept999").getForEntity("/api/disclosures/" + id + "/template", byte[].class).getBody();
        assertThat(TemplateReader.read("filled.xlsx", filled)).isEqualTo(validModel());

        DepartmentBudget edited = validModel().toBuilder().narrative(NarrativeSection.OTHER, "在 Excel 里改过").build();
        String replaced = upload("/api/disclosures/" + id + "/upload?lockVersion=" + lock(id), "改.xlsx", template(edited));
        assertThat(replaced).startsWith("200");
        assertThat(as("t-dept999").getForEntity("/api/disclosures/" + id + "/model", String.class).getBody()).contains("在 Excel 里改过");
        assertThat(upload("/api/disclosures/" + id + "/upload?lockVersion=0", "旧.xlsx", template(validModel())))
                .startsWith("409").contains("保存冲突");
    }

    @Test
    void aTemplateWithABadCellIsRefusedNamingTheCellAndNothingIsStored() throws Exception {
        long before = count();
        DepartmentBudget model = validModel();
        byte[] bytes = template(model);
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            workbook.getSheet("支出").getRow(1).getCell(0).setCellValue("2990101");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            bytes = out.toByteArray();
        }
        assertThat(upload("填报.xlsx", bytes)).startsWith("400").contains("支出!A2（功能分类科目编码）").contains("2990101");
        assertThat(count()).isEqualTo(before);
    }

    private static byte[] template(DepartmentBudget model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWriter.write(model, out);
        return out.toByteArray();
    }

    private String upload(String name, byte[] bytes) {
        return upload("/api/disclosures/upload", name, bytes);
    }

    private String upload(String path, String name, byte[] bytes) {
        ResponseEntity<String> response = postFile(as("t-dept999"), path, name, bytes);
        return response.getStatusCode().value() + " " + response.getBody();
    }

    private static byte[] zipBomb() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int mb = 0; mb < 200; mb++) {
                zip.write(zeros);
            }
        }
        return bytes.toByteArray();
    }
}
