package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, summary and check on a real published document. */
class DocumentCommandsTest {

    @TempDir
    Path dir;

    private static Path sample(String name) throws Exception {
        return Path.of(DocumentCommandsTest.class.getResource("/samples/" + name + "/input.txt").toURI());
    }

    @Test
    void importsAPublishedDocumentIntoAModelFile() throws Exception {
        Path model = dir.resolve("model.json");
        CommandRun run = CommandRun.of("import", sample("qhd-etdz-affairs-2023").toString(), "-o", model.toString());
        assertThat(run.exitCode).isZero();
        assertThat(run.err).contains("9 张公开表").contains("19 个项目").contains("未识别 0 处");
        assertThat(ModelJson.read(model).figures().expenditureTotal()).isEqualByComparingTo("8900.03");
    }

    @Test
    void summarisesWithTheFixedKeys() throws Exception {
        CommandRun run = CommandRun.of("summary", sample("qhd-etdz-affairs-2023").toString());
        JsonNode summary = new ObjectMapper().readTree(run.out);
        assertThat(summary.fieldNames()).toIterable().containsExactly("department", "year", "kind", "level", "incomeTotal", "expenditureTotal",
                "basic", "personnel", "publicFunds", "project", "threePublic", "threePublicLastYear", "operatingCost",
                "procurementTotal", "procurementItems", "fixedAssetsTotal", "projects", "unparsedCount", "confidence", "doubts", "checks");
        assertThat(summary.get("expenditureTotal").decimalValue()).isEqualByComparingTo("8900.03");
        assertThat(summary.get("threePublicLastYear").get("total").decimalValue()).isEqualByComparingTo("367.45");
        assertThat(summary.get("projects")).hasSize(19);
        assertThat(summary.get("procurementItems").get(0).get("name").asText()).isEqualTo("办公楼物业费");
    }

    /** The corpus fixtures of the io module: real published disclosures. */
    private static java.nio.file.Path corpus(String id, String file) {
        return java.nio.file.Path.of("..", "io", "src", "test", "resources", "corpus", id, file);
    }

    @Test
    void theTwoFilesOfOneDisclosureAreSummarisedTogether() throws Exception {
        JsonNode explanation = new ObjectMapper().readTree(CommandRun.of("summary",
                corpus("js-party-office-2018", "js-party-office-2018-explanation.pdf").toString()).out);
        assertThat(explanation.get("personnel").decimalValue()).as("stated in the explanation's text").isEqualByComparingTo("8308.53");
        assertThat(explanation.get("threePublic").get("abroad").decimalValue()).as("the explanation's 三公 text").isEqualByComparingTo("70.00");
        assertThat(explanation.get("department").asText()).as("the cover of the explanation alone").isEqualTo("江苏省委办公厅");
        JsonNode both = new ObjectMapper().readTree(CommandRun.of("summary",
                corpus("js-party-office-2018", "js-party-office-2018-explanation.pdf").toString(),
                corpus("js-party-office-2018", "js-party-office-2018-tables.pdf").toString()).out);
        assertThat(both.get("department").asText()).isEqualTo("中共江苏省委办公厅");
        assertThat(both.get("expenditureTotal").decimalValue()).isEqualByComparingTo("24458.43");
        assertThat(both.get("personnel").decimalValue()).isEqualByComparingTo("8308.53");
        assertThat(both.get("threePublic").get("total").decimalValue()).isEqualByComparingTo("508.20");
    }

    @Test
    void aShanghaiDocumentInYuanIsSummarisedExactlyInWanYuan() throws Exception {
        JsonNode summary = new ObjectMapper().readTree(CommandRun.of("summary",
                corpus("sh-putuo-gov-office-2025-unit", "sh-putuo-gov-office-2025-unit.pdf").toString()).out);
        assertThat(summary.get("level").asText()).isEqualTo("UNIT");
        assertThat(summary.get("department").asText()).isEqualTo("上海市普陀区人民政府办公室");
        assertThat(summary.get("expenditureTotal").decimalValue()).isEqualByComparingTo("9101.677535");
    }

    @Test
    void aPublishedThreePublicPageAloneIsCheckedForWhatItHolds(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path page = java.nio.file.Files.writeString(dir.resolve("三公说明.txt"), "2025年部门“三公”经费预算情况说明\n"
                + "2025年“三公”经费为10.00万元，其中：公务出国1.00万元；公务用车购置及运行费2.00万元；公务接待3.00万元。\n");
        CommandRun run = CommandRun.of("check", page.toString());
        assertThat(run.out).contains("[R-REQ-08] 警告 公开文件：本文件只含情况说明的一两个部分")
                .doesNotContain("R-REQ-01").doesNotContain("R-REQ-03").contains("R-TXT-20");
    }

    @Test
    void aDocumentWithoutTablesIsSummarisedFromItsText() throws Exception {
        JsonNode summary = new ObjectMapper().readTree(CommandRun.of("summary", sample("qhd-etdz-office-2020").toString()).out);
        assertThat(summary.get("expenditureTotal").decimalValue()).isEqualByComparingTo("2569.11");
        assertThat(summary.get("threePublic").get("total").decimalValue()).isEqualByComparingTo("31.11");
        assertThat(summary.get("threePublic").get("reception").isNull()).as("written in 元: not a 万元 figure").isTrue();
        assertThat(summary.get("procurementItems")).hasSize(5);
    }

    @Test
    void checksAPublishedDocumentAndFindsItsMistakes() throws Exception {
        CommandRun run = CommandRun.of("check", sample("qhd-etdz-affairs-2023").toString());
        assertThat(run.exitCode).isEqualTo(CheckCommand.HAS_ERRORS);
        assertThat(run.out).contains("[R-TXT-03]").contains("8320.77");
    }

    @Test
    void somethingThatIsNoDisclosureIsRefusedWithExitCodeTwo() throws Exception {
        Path poem = dir.resolve("poem.txt");
        Files.writeString(poem, "床前明月光\n疑是地上霜\n");
        CommandRun run = CommandRun.of("import", poem.toString());
        assertThat(run.exitCode).isEqualTo(Gongkai.BAD_INPUT);
        assertThat(run.err).contains("不是部门预算公开文件").doesNotContain("\tat ");
    }

    @Test
    void aBrokenWordFileIsRefusedWithExitCodeTwo() throws Exception {
        Path broken = dir.resolve("broken.docx");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        CommandRun run = CommandRun.of("check", broken.toString());
        assertThat(run.exitCode).isEqualTo(Gongkai.BAD_INPUT);
        assertThat(run.err).contains("broken.docx").doesNotContain("\tat ");
    }
}
