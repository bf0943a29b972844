package org.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SiteCommandTest {

    private static final String MIRROR = Path.of("..", "io", "src", "test", "resources", "site", "mirror").toString();

    @Test
    void listsTheDisclosuresOfASavedSiteWithTheirAttachmentsAndDates() {
        CommandRun run = CommandRun.of("site", "list", MIRROR);
        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("找到 3 份公开").contains("发布时间：2024-08-30")
                .contains("附件：www.qingshan.gov.cn/uploadfiles/2024/08/P020240830391245.xls").contains("栏目列表页");
    }

    @Test
    void refusesAnInputThatIsNoSiteInChinese() {
        CommandRun run = CommandRun.of("site", "list", "no-such-folder");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("no-such-folder").contains("不存在").doesNotContain("Exception");
    }

    @Test
    void refusesADelayShorterThanOneSecond() {
        CommandRun run = CommandRun.of("site", "fetch", "--delay", "10", "http://127.0.0.1:9/", "out");
        assertThat(run.exitCode).isEqualTo(2);
        assertThat(run.err).contains("1000 毫秒");
    }
}
