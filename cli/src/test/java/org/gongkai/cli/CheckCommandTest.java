package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path dir;

    private CommandRun last;

    private int run(String... args) {
        last = CommandRun.of(args);
        return last.exitCode;
    }

    private Path write(DepartmentBudget model) throws Exception {
        Path file = dir.resolve("model.json");
        Files.writeString(file, ModelJson.write(model));
        return file;
    }

    @Test
    void aCorrectPackageChecksCleanWithExitCodeZero() throws Exception {
        assertThat(run("check", write(ValidPackages.random(3, 30)).toString())).isZero();
        assertThat(last.out).contains("共 0 条：错误 0，警告 0，提示 0");
    }

    @Test
    void errorsAreListedWithRuleIdAndLocationAndExitCodeOne() throws Exception {
        DepartmentBudget model = ValidPackages.random(3, 30).toBuilder()
                .narrative(NarrativeSection.OVERVIEW, "2023年部门支出预算为1.00万元。").build();
        assertThat(run("check", write(model).toString())).isEqualTo(CheckCommand.HAS_ERRORS);
        assertThat(last.out).contains("[R-TXT-03] 错误 说明·部门预算安排的总体情况").contains("1.00万元");
    }

    @Test
    void printsFindingsAsJson() throws Exception {
        DepartmentBudget model = ValidPackages.random(3, 30).toBuilder().narrative(NarrativeSection.OPERATING_COST, null).build();
        assertThat(run("check", write(model).toString(), "--format", "json")).isEqualTo(CheckCommand.HAS_ERRORS);
        JsonNode findings = new ObjectMapper().readTree(last.out).get("findings");
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).get("rule").asText()).isEqualTo("R-REQ-03");
        assertThat(findings.get(0).get("severity").asText()).isEqualTo("ERROR");
        assertThat(findings.get(0).get("location").asText()).contains("机关运行经费");
        assertThat(findings.get(0).get("message").asText()).contains("缺少");
    }

    @Test
    void aModelWithAnUnknownCodeIsCheckedNotRefused() throws Exception {
        Path file = write(ValidPackages.random(3, 30));
        Files.writeString(file, Files.readString(file).replaceFirst("\"functionCode\" : \"\\d{7}\"", "\"functionCode\" : \"2990101\""));
        assertThat(run("check", file.toString())).isEqualTo(CheckCommand.HAS_ERRORS);
        assertThat(last.out).contains("[R-CAT-02]").contains("2990101");
    }

    @Test
    void anUnreadableFileGivesExitCodeTwo() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"year\": 2023");
        assertThat(run("check", file.toString())).isEqualTo(Gongkai.BAD_INPUT);
        assertThat(last.err).contains("JSON 语法错误").doesNotContain("\tat ");
    }

    @Test
    void listsTheRules() {
        assertThat(run("rules")).isZero();
        assertThat(last.out.lines()).hasSizeGreaterThanOrEqualTo(40).anyMatch(l -> l.startsWith("R-PERF-05"));
    }
}
