package org.gongkai.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.gongkai.core.budget.ModelProblem;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;

class ProjectFormTest {

    @Test
    void aPercentColumnTakesThePercentSignInEveryWidth() {
        for (String typed : List.of("50", "50%", "50 %", "50％", "５０％")) {
            assertThat(ModelForms.percent(typed)).as(typed).isEqualByComparingTo("50");
        }
        assertThatThrownBy(() -> ModelForms.percent("一半")).hasMessageContaining("一半");
    }

    @Test
    void aRefusedFormIsGivenBackAsTypedWithEachProblemAtItsPlace() {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("amount", "约300");
        form.add("purpose", "用途");
        form.addAll("period", List.of("6月底", ""));
        form.addAll("percent", List.of("一半", ""));
        ProjectForm typed = ProjectForm.typed(form, List.of(new ModelProblem(ProjectForm.AMOUNT, "金额“约300”不是数字"),
                new ModelProblem("资金支出计划第 1 行", "百分比“一半”不是数字")));
        assertThat(typed.field("amount")).isEqualTo("约300");
        assertThat(typed.field("purpose")).isEqualTo("用途");
        assertThat(typed.errors()).containsKey("amount");
        assertThat(typed.plan()).hasSize(2);
        assertThat(typed.planErrors()).containsOnlyKeys(1);
    }
}
