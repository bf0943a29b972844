package org.gongkai.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.classification.CatalogEntry;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.io.template.TemplateLabels;
import org.gongkai.server.persistence.DisclosureRepository;
import org.gongkai.server.security.Role;
import org.gongkai.server.security.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An administrator loads a district's official catalog: the differences are shown before anything changes, applying it
 * changes that district's template drop-downs and forms (and no other district's), and hostile files change nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialCatalogPagesTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final int YEAR = 2026;
    private static final String NEW_CODE = "2010198";

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        registry.add("gongkai.data-dir", () -> "target/test-data-" + UUID.randomUUID());
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    DisclosureRepository repository;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void people() {
        repository.ensureRegion("310107", "普陀区");
        repository.ensureDepartment("7101", "区教育局", "310107");
        users.create("c-admin", PASSWORD, Role.ADMIN, null, null);
        users.create("c-dept7101", PASSWORD, Role.DEPARTMENT, "7101", "310107");
        users.create("c-dept430", PASSWORD, Role.DEPARTMENT, "430", "130371");
    }

    private UserDetails as(String name) {
        return users.loadUserByUsername(name);
    }

    /** The built-in list of the year as a bureau's workbook, with one code withdrawn, one renamed and one new. */
    private static byte[] officialWorkbook() throws IOException {
        Map<String, String> codes = new TreeMap<>();
        ClassificationCatalog.builtIn().forYear(YEAR).functionsInForce().forEach((code, e) -> codes.put(code, e.name()));
        ClassificationCatalog.builtIn().forYear(YEAR).economicsInForce().forEach((code, e) -> codes.put(code, e.name()));
        codes.remove("2010150");
        codes.put("2010199", "其他人大事务支出（新名称）");
        codes.put(NEW_CODE, "人大代表履职能力提升");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("科目编码", "科目名称"));
        codes.forEach((code, name) -> rows.add(List.of(code, "  ".repeat((code.length() - 3) / 2) + name)));
        return workbook(rows);
    }

    private static byte[] workbook(List<List<String>> rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("支出功能分类");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String text = rows.get(r).get(c);
                    if (text.startsWith("=")) {
                        row.createCell(c).setCellFormula(text.substring(1));
                    } else {
                        row.createCell(c).setCellValue(text);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private String load(String name, byte[] bytes, String region) throws Exception {
        var request = multipart("/work/catalogs").file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .param("year", String.valueOf(YEAR)).with(csrf()).with(user(as("c-admin")));
        if (region != null) {
            request.param("region", region);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    private List<String> templateCodes(String department) throws Exception {
        byte[] xlsx = mvc.perform(get("/api/template").param("year", String.valueOf(YEAR)).param("department", department)
                .with(user(as("c-admin")))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> codes = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheet(TemplateLabels.CODE_LIST)) {
                for (Cell cell : row) {
                    codes.add(cell.toString());
                }
            }
        }
        return codes;
    }

    private long versions() {
        return jdbc.sql("select count(*) from catalog_version").query(Long.class).single();
    }

    @Test
    void aDistrictsOfficialCatalogIsComparedThenAppliedToThatDistrictsTemplatesAndForms() throws Exception {
        String page = load("普陀区2026年政府收支分类科目.xlsx", officialWorkbook(), "310107");
        assertThat(page).matches("/work/catalogs/\\d+");
        String differences = mvc.perform(get(page).with(user(as("c-admin")))).andReturn().getResponse().getContentAsString();
        assertThat(differences).contains("功能分类新增 1 个、更名 1 个、停用 1 个").contains(NEW_CODE).contains("人大代表履职能力提升")
                .contains("其他人大事务支出（新名称）").contains("2010150").contains("待确认").contains("<span>310107</span>");
        assertThat(templateCodes("7101")).as("未应用前不生效").noneMatch(c -> c.contains(NEW_CODE));

        mvc.perform(post(page + "/apply").with(csrf()).with(user(as("c-admin")))).andExpect(flash().attribute("notice",
                org.hamcrest.Matchers.startsWith("已应用")));

        assertThat(templateCodes("7101")).anyMatch(c -> c.contains(NEW_CODE)).noneMatch(c -> c.startsWith("2010150"));
        assertThat(templateCodes("430")).as("其他地区仍用内置目录").noneMatch(c -> c.contains(NEW_CODE)).anyMatch(c -> c.startsWith("2010150"));
        String list = mvc.perform(get("/work/catalogs").with(user(as("c-admin")))).andReturn().getResponse().getContentAsString();
        assertThat(list).contains("现行").contains("普陀区2026年政府收支分类科目.xlsx");
        assertThat(jdbc.sql("select summary from audit_log where action = 'CATALOG' order by id").query(String.class).list())
                .anyMatch(s -> s.startsWith("载入2026年分类目录")).anyMatch(s -> s.startsWith("应用2026年分类目录"));

        String again = load("普陀区2026年政府收支分类科目（修订）.xlsx", officialWorkbook(), "310107");
        assertThat(mvc.perform(get(again).with(user(as("c-admin")))).andReturn().getResponse().getContentAsString())
                .as("与已应用的版本比较").contains("与现行目录相同");
        mvc.perform(post(again + "/discard").with(csrf()).with(user(as("c-admin")))).andExpect(flash().attribute("notice",
                org.hamcrest.Matchers.startsWith("已放弃")));
        assertThat(versions()).isEqualTo(jdbc.sql("select count(*) from catalog_version").query(Long.class).single());
    }

    @Test
    void brokenAndHostileFilesAreRefusedWithTheReasonAndChangeNothing() throws Exception {
        long before = versions();
        Map<String, byte[]> hostile = Map.of(
                "公式.xlsx", workbook(List.of(List.of("科目编码", "科目名称"), List.of("201", "一般公共服务支出"), List.of("20101", "=B2"))),
                "重复.xlsx", workbook(List.of(List.of("科目编码", "科目名称"), List.of("201", "一般公共服务支出"), List.of("201", "外交支出"))),
                "错列.xlsx", workbook(List.of(List.of("姓名", "电话"), List.of("张三", "一二三"))),
                "脚本.csv", "科目编码,科目名称\n201,<script>alert(1)</script>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "大文件.xlsx", new byte[11 * 1024 * 1024]);
        Map<String, String> expected = Map.of("公式.xlsx", "是公式", "重复.xlsx", "重复", "错列.xlsx", "没有支出功能分类科目",
                "脚本.csv", "标记", "大文件.xlsx", "超过 10 MB 上限");
        for (var file : hostile.entrySet()) {
            var result = mvc.perform(multipart("/work/catalogs").file(new MockMultipartFile("file", file.getKey(), "application/octet-stream",
                    file.getValue())).param("year", String.valueOf(YEAR)).param("region", "130371").with(csrf()).with(user(as("c-admin"))))
                    .andExpect(status().is3xxRedirection()).andReturn();
            assertThat((String) result.getFlashMap().get("error")).as(file.getKey()).contains(expected.get(file.getKey()))
                    .contains("未载入任何内容").contains("重新选择文件「" + file.getKey() + "」");
            // what the administrator typed is kept for the form shown again
            assertThat(result.getFlashMap().get("typedYear")).isEqualTo(YEAR);
            assertThat(result.getFlashMap().get("typedRegion")).isEqualTo("130371");
        }
        assertThat(versions()).isEqualTo(before);
        var refused = mvc.perform(multipart("/work/catalogs").file(new MockMultipartFile("file", "错列.xlsx", "application/octet-stream",
                hostile.get("错列.xlsx"))).param("year", String.valueOf(YEAR)).param("region", "130371").with(csrf())
                .with(user(as("c-admin")))).andReturn();
        String shownAgain = mvc.perform(get(refused.getResponse().getRedirectedUrl())
                .cookie(refused.getResponse().getCookies())
                .with(user(as("c-admin")))).andReturn().getResponse().getContentAsString();
        assertThat(shownAgain).contains("value=\"130371\"").contains("value=\"" + YEAR + "\"");
    }

    /** The first 20 rows of the year's list: applied, it would retire every other code in force. */
    @Test
    void aTwentyRowFileIsAppliedOnlyWithTheCountOfCodesItRetiresTyped() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("科目编码", "科目名称"));
        var inForce = ClassificationCatalog.builtIn().forYear(YEAR).functionsInForce();
        inForce.keySet().stream().sorted().limit(20).forEach(code -> rows.add(List.of(code, inForce.get(code).name())));
        int retired = inForce.size() - 20;
        String page = load("摘录20行.xlsx", workbook(rows), "990301");
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(mvc.perform(get(page).with(user(as("c-admin")))).andReturn().getResponse().getContentAsString())
                .contains("id=\"mass-retirement\"").contains("停用 <strong>" + retired + "</strong> 个");

        mvc.perform(post(page + "/apply").with(csrf()).with(user(as("c-admin"))))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("须输入停用数 " + retired)));
        mvc.perform(post("/api/admin/catalogs/" + id + "/apply").param("retire", "20").with(user(as("c-admin"))))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select state from catalog_version where id = ?").param(id).query(String.class).single()).isEqualTo("PENDING");

        mvc.perform(post(page + "/apply").param("retire", String.valueOf(retired)).with(csrf()).with(user(as("c-admin"))))
                .andExpect(flash().attribute("notice", org.hamcrest.Matchers.startsWith("已应用")));
        assertThat(jdbc.sql("select state from catalog_version where id = ?").param(id).query(String.class).single()).isEqualTo("IN_FORCE");
    }

    @Test
    void onlyAnAdministratorLoadsCatalogs() throws Exception {
        mvc.perform(multipart("/api/admin/catalogs").file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", officialWorkbook()))
                .param("year", String.valueOf(YEAR)).with(user(as("c-dept7101")))).andExpect(status().isForbidden());
    }
}
