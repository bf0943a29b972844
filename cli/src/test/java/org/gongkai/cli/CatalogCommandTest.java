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
        CommandRun run = CommandRun.of("catalog", "show", "2050101");
        assertThat(run.exitCode).isEqualTo(1);
        assertThat(run.out).contains("不在内置目录中").contains("当年目录");
    }

    @Test
    void somethingThatIsNoCodeIsRefusedPlainly() throws Exception {
        CommandRun run = CommandRun.of("catalog", "show", "20A05");
        assertThat(run.exitCode).isEqualTo(Gongkai.BAD_INPUT);
        assertThat(run.err).contains("不是科目编码").doesNotContain("Exception");
    }
}
