package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code gongkai catalog show}: a code's name history, as a clerk checks an old or a new name. */
class CatalogCommandTest {

    @Test
    void aRenamedCodeShowsEachNameWithItsYears() throws Exception {
        CommandRun run = CommandRun.of("catalog", "show", "20805", "--years");
        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("20805\t行政事业单位离退休\t").contains("2020 年")
                .contains("20805\t行政事业单位养老支出\t2021 年–至今");
    }

    @Test
    void oneYearShowsTheNameInForce() throws Exception {
        assertThat(CommandRun.of("catalog", "show", "20805", "--year", "2019").out).contains("行政事业单位离退休").contains("2019 年");
    }

    @Test
    void aCodeTheBuiltInCatalogLacksSaysSoAndWhereToLook() throws Exception {
        CommandRun run = CommandRun.of("catalog", "show", "2050297");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).contains("不在内置目录中").contains("当年目录");
    }

    @Test
    void eachNameSaysWhereItWasVerified() throws Exception {
        assertThat(CommandRun.of("catalog", "show", "2050201", "--years").out).contains("学前教育").contains("出处：未核实:");
    }

    @Test
    void anOfficialCatalogFileIsJudgedAndComparedWithTheBuiltInOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path csv = dir.resolve("2026目录.csv");
        java.nio.file.Files.writeString(csv, "科目编码,科目名称\n201,一般公共服务支出\n20101,人大事务\n2010101,行政运行\n2010198,人大代表履职能力提升\n");

        CommandRun run = CommandRun.of("catalog", "load", csv.toString(), "--year", "2026");

        assertThat(run.exitCode).isZero();
        assertThat(run.out).contains("读到 4 个支出科目").contains("未发现问题").contains("新增  2010198 人大代表履职能力提升")
                .contains("停用  2010102").contains("未载入");
    }

    @Test
    void aBrokenCatalogFileIsRefusedWithEveryProblemAndItsLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path csv = dir.resolve("坏目录.csv");
        java.nio.file.Files.writeString(csv, "科目编码,科目名称\n201,一般公共服务支出\n2010101,行政运行\n201,重复\n");

        CommandRun run = CommandRun.of("catalog", "load", csv.toString(), "--year", "2026");

        assertThat(run.exitCode).isEqualTo(Gongkai.BAD_INPUT);
        assertThat(run.err).contains("第 3 行：2010101“行政运行”的上级科目 20101 不在文件中").contains("第 4 行：编码 201“重复”与第 2 行")
                .contains("未载入任何内容").doesNotContain("Exception");
    }

    @Test
    void somethingThatIsNoCodeIsRefusedPlainly() throws Exception {
        CommandRun run = CommandRun.of("catalog", "show", "20A05");
        assertThat(run.exitCode).isEqualTo(Gongkai.BAD_INPUT);
        assertThat(run.err).contains("不是科目编码").doesNotContain("Exception");
    }
}
