package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.core.budget.Budgets;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesCommandTest {

    @TempDir
    Path dir;

    private CommandRun last;

    private int run(String... args) {
        last = CommandRun.of(args);
        return last.exitCode;
    }

    private Path model() throws Exception {
        Path file = dir.resolve("model.json");
        Files.writeString(file, ModelJson.write(Budgets.smallBalanced()));
        return file;
    }

    @Test
    void printsTheNineTablesAsAlignedText() throws Exception {
        assertThat(run("tables", model().toString())).isZero();
        String text = last.out;
        for (String title : new String[] {"1、部门预算收支总表", "6、部门预算一般公共预算财政拨款基本支出表", "9、部门预算财政拨款“三公”经费支出表"}) {
            assertThat(text).contains(title);
        }
        assertThat(text).contains("注：无政府性基金预算财政拨款预算，空表列示。");
        String totalLine = text.lines().filter(l -> l.startsWith("34")).findFirst().orElseThrow();
        assertThat(totalLine).contains("收入总计").contains("150.00").contains("支出总计");
    }

    @Test
    void alignsColumnsCountingChineseAsTwoCells() throws Exception {
        run("tables", model().toString(), "--table", "3");
        var lines = last.out.lines().filter(l -> l.matches("^\\d+\\s{2,}.*")).toList();
        int column = DisplayWidth.of(lines.get(0).substring(0, lines.get(0).indexOf("150.00") + 6));
        assertThat(lines).allSatisfy(l -> assertThat(l.contains(".") ? DisplayWidth.of(l.substring(0, l.indexOf('.') + 3)) : column)
                .as(l).isEqualTo(column));
    }

    @Test
    void printsOneTableAsJson() throws Exception {
        assertThat(run("tables", model().toString(), "--format", "json", "--table", "1")).isZero();
        JsonNode tables = new ObjectMapper().readTree(last.out);
        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).get("title").asText()).isEqualTo("部门预算收支总表");
        assertThat(tables.get(0).get("rows").get(33).get("cells").get(1).get("amount").decimalValue())
                .isEqualByComparingTo("150.00");
    }

    @Test
    void explainsAnUnknownCodeWithoutAStackTrace() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, Files.readString(model()).replace("2010350", "2990101"));
        assertThat(run("tables", file.toString())).isEqualTo(Gongkai.BAD_INPUT);
        assertThat(last.err).contains("错误：").contains("expenditures[0].functionCode")
                .contains("2990101").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void explainsMalformedJsonWithoutAStackTrace() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"year\": 2023,");
        assertThat(run("tables", file.toString())).isEqualTo(Gongkai.BAD_INPUT);
        assertThat(last.err).contains("JSON 语法错误").doesNotContain("\tat ");
    }

    @Test
    void refusesATableNumberOutsideOneToNine() throws Exception {
        assertThat(run("tables", model().toString(), "--table", "10")).isEqualTo(Gongkai.BAD_INPUT);
        assertThat(last.err).contains("--table 应为 1 到 9");
    }
}
