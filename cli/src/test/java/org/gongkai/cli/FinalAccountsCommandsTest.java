package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** summary, check, tables, import, export and inspect on a published 部门决算: read as a 决算, said to be one, never a trace. */
class FinalAccountsCommandsTest {

    @TempDir
    Path dir;

    private static Path finalAccounts() throws Exception {
        return Path.of(FinalAccountsCommandsTest.class.getResource(
                "/final-accounts/sh-putuo-social-work-2024-final-accounts/sh-putuo-social-work-2024-final-accounts.pdf").toURI());
    }

    private static Path textRendering() throws Exception {
        return Path.of(FinalAccountsCommandsTest.class.getResource("/final-accounts/text/county-archives-2023-final-accounts.txt").toURI());
    }

    @Test
    void summaryNamesTheKindAndGivesTheFinalAccountsHeadlineFigures() throws Exception {
        CommandRun run = CommandRun.of("summary", finalAccounts().toString());
        assertThat(run.exitCode).as(run.err).isZero();
        JsonNode summary = new ObjectMapper().readTree(run.out);
        assertThat(summary.get("kind").asText()).isEqualTo("FINAL_ACCOUNTS");
        assertThat(summary.get("department").asText()).isEqualTo("中共上海市普陀区委社会工作部");
        assertThat(summary.get("year").asInt()).isEqualTo(2024);
        assertThat(summary.get("expenditureTotal").decimalValue()).isEqualByComparingTo("307.82");
        assertThat(summary.get("basic").decimalValue()).isEqualByComparingTo("105.58");
        assertThat(summary.get("personnel").decimalValue()).isEqualByComparingTo("95.36");
        assertThat(summary.get("project").decimalValue()).isEqualByComparingTo("202.24");
        assertThat(summary.get("procurementSplit").get("goods").decimalValue()).isEqualByComparingTo("21.07");
        // Its 三公 table is printed empty, with the note that there was no such spending: zero, not unknown.
        assertThat(summary.get("threePublic").get("total").decimalValue()).isZero();
    }

    @Test
    void checkSaysItChecksAFinalAccounts() throws Exception {
        CommandRun run = CommandRun.of("check", finalAccounts().toString());
        assertThat(run.exitCode).as(run.err).isIn(0, CheckCommand.HAS_ERRORS);
        assertThat(run.out).startsWith("部门决算：中共上海市普陀区委社会工作部 2024 年").contains("共 ");
        assertThat(run.err).doesNotContain("\tat ");
    }

    @Test
    void tablesPrintsTheFinalAccountsTablesAsRead() throws Exception {
        CommandRun run = CommandRun.of("tables", finalAccounts().toString());
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("1、收入支出决算总表").contains("决算年度：2024").contains("6、一般公共预算财政拨款基本支出决算表")
                .contains("人员经费合计").contains("公用经费合计").contains("9、财政拨款“三公”经费支出决算表");
        JsonNode basic = new ObjectMapper().readTree(CommandRun.of("tables", finalAccounts().toString(), "--format", "json",
                "--table", "6").out);
        assertThat(basic).hasSize(1);
        assertThat(basic.get(0).get("title").asText()).isEqualTo("一般公共预算财政拨款基本支出决算表");
    }

    @Test
    void anImportedFinalAccountsModelIsCheckedAndItsTablesGenerated() throws Exception {
        Path model = dir.resolve("决算.json");
        CommandRun imported = CommandRun.of("import", textRendering().toString(), "-o", model.toString());
        assertThat(imported.exitCode).as(imported.err).isZero();
        assertThat(imported.err).contains("某县档案馆 2023 年部门决算").contains("未识别 0 处");
        assertThat(Files.readString(model)).contains("\"actuals\"").contains("\"budgeted\"");
        CommandRun tables = CommandRun.of("tables", model.toString(), "--table", "5");
        assertThat(tables.exitCode).as(tables.err).isZero();
        assertThat(tables.out).contains("5、一般公共预算财政拨款支出决算表").contains("2012604").contains("35.00");
        CommandRun check = CommandRun.of("check", model.toString());
        assertThat(check.exitCode).as(check.err).isIn(0, CheckCommand.HAS_ERRORS);
        assertThat(check.out).startsWith("部门决算：某县档案馆 2023 年");
    }

    @Test
    void exportWritesThePublishedFinalAccountsAsAFinalAccountsPackage() throws Exception {
        Path out = dir.resolve("导出");
        CommandRun run = CommandRun.of("export", finalAccounts().toString(), "--format", "json,html", "-o", out.toString());
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("000-2024-决算.json").contains("000-2024-决算.html");
        assertThat(Files.readString(out.resolve("000-2024-决算.json"))).contains("\"actuals\"");
        assertThat(Files.readString(out.resolve("000-2024-决算.html"))).contains("收入支出决算总表");
    }

    @Test
    void aTruncatedFinalAccountsIsRefusedInChineseWithoutATrace() throws Exception {
        byte[] bytes = Files.readAllBytes(finalAccounts());
        Path truncated = dir.resolve("决算（不完整）.pdf");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 3));
        CommandRun run = CommandRun.of("summary", truncated.toString());
        assertThat(run.exitCode).isEqualTo(Gongkai.BAD_INPUT);
        assertThat(run.err).startsWith("错误：").contains("决算（不完整）.pdf").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void inspectScoresBudgetsAndFinalAccountsAndSaysWhichIsWhich() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("公开文件"));
        Files.copy(finalAccounts(), folder.resolve("决算.pdf"));
        Files.copy(Path.of(getClass().getResource("/samples/qhd-etdz-affairs-2023/input.txt").toURI()), folder.resolve("预算.txt"));
        Files.writeString(folder.resolve("dates.csv"), "文件,批复日期,公开日期\n决算.pdf,2025-06-01,2025-07-15\n");
        Path report = dir.resolve("report.html");
        CommandRun run = CommandRun.of("inspect", folder.toString(), "-o", report.toString());
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("已检查 2").contains("中共上海市普陀区委社会工作部 2024 年决算").contains("2023 年预算");
        assertThat(Files.readString(report)).contains("<th scope=\"col\" data-sort>类别</th>").contains("<td>决算</td>")
                .contains("逾期 24 日");
    }
}
