package org.gongkai.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class WarningExplanationsTest {

    @Test
    void explanationsTypedPerRuleAreReadBackPerRule() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("explain-R-REQ-09", "预算数见政府采购表\n已核对");
        form.add("explain-R-TXT-29", "原文如此");
        String text = WarningExplanations.compose(null, form);
        WarningExplanations read = WarningExplanations.parse(text);
        assertThat(read.byRule()).containsEntry("R-REQ-09", "预算数见政府采购表 已核对").containsEntry("R-TXT-29", "原文如此");
        assertThat(read.general()).isEmpty();
    }

    @Test
    void aRuleLeftUnexplainedIsRefusedNamingIt() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("explain-R-REQ-09", "说明");
        form.add("explain-R-TXT-29", " ");
        assertThatThrownBy(() -> WarningExplanations.compose(null, form)).hasMessageContaining("R-TXT-29").hasMessageStartingWith("未提交");
    }

    @Test
    void aSingleTextIsShownWhole() {
        assertThat(WarningExplanations.compose("已与财政局核对", new LinkedMultiValueMap<>())).isEqualTo("已与财政局核对");
        assertThat(WarningExplanations.parse("已与财政局核对").general()).isEqualTo("已与财政局核对");
    }
}
