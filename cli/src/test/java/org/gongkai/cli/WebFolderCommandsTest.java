package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, summary and check take a folder — a saved web page with its files — as one disclosure. */
class WebFolderCommandsTest {

    @TempDir
    Path folder;

    /** The io module's web fixture: a county site's 部门预算 page whose tables are in the page; it links an .xls. */
    @BeforeEach
    void saveThePage() throws Exception {
        Files.copy(Path.of("..", "io", "src", "test", "resources", "web", "budget-gb2312.html"), folder.resolve("budget.html"));
        Files.writeString(Files.createDirectories(folder.resolve("budget_files")).resolve("style.css"), "p { margin: 0; }");
    }

    @Test
    void summaryReadsTheFolder() throws Exception {
        CommandRun run = CommandRun.of("summary", folder.toString());
        assertThat(run.exitCode).as(run.err).isZero();
        JsonNode summary = new ObjectMapper().readTree(run.out);
        assertThat(summary.get("department").asText()).isEqualTo("青山县农业农村局");
        assertThat(summary.get("expenditureTotal").decimalValue()).isEqualByComparingTo("1256.80");
    }

    @Test
    void importListsTheLinkedAttachmentTheFolderLacks() {
        CommandRun run = CommandRun.of("import", folder.toString(), "-o", folder.resolve("model.json").toString());
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.err).contains("9 张公开表").contains("未识别 1 处").contains("budget.html：网页链接的附件不在文件夹中");
        assertThat(folder.resolve("model.json")).exists();
    }

    @Test
    void checkRunsTheRulesOnTheFolder() {
        CommandRun run = CommandRun.of("check", folder.toString());
        assertThat(run.exitCode).as(run.out + run.err).isIn(0, CheckCommand.HAS_ERRORS);
        assertThat(run.out).contains("共 ");
        assertThat(run.err).doesNotContain("无法读取");
    }
}
