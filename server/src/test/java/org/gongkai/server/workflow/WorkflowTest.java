package org.gongkai.server.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every action from every status: the legal moves land where they should, every other one is refused with a reason. */
class WorkflowTest {

    private static final Map<String, Status> LEGAL = Map.ofEntries(
            Map.entry("DRAFT EDIT", Status.DRAFT), Map.entry("RETURNED EDIT", Status.RETURNED),
            Map.entry("DRAFT SUBMIT", Status.SUBMITTED), Map.entry("RETURNED SUBMIT", Status.SUBMITTED),
            Map.entry("SUBMITTED RETURN", Status.RETURNED), Map.entry("SUBMITTED APPROVE", Status.APPROVED),
            Map.entry("APPROVED PUBLISH", Status.PUBLISHED), Map.entry("PUBLISHED CORRECT", Status.DRAFT));

    @Test
    void everyLegalMoveLandsWhereItShouldAndEveryOtherIsRefused() {
        int refused = 0;
        for (Status from : Status.values()) {
            for (Action action : Action.values()) {
                Status expected = LEGAL.get(from + " " + action);
                if (expected != null) {
                    assertThat(Workflow.next(from, action)).as(from + " " + action).isEqualTo(expected);
                } else {
                    refused++;
                    assertThatThrownBy(() -> Workflow.next(from, action)).as(from + " " + action)
                            .isInstanceOf(IllegalTransition.class).hasMessageContaining(from.chinese()).hasMessageContaining(action.chinese());
                }
            }
        }
        assertThat(refused).isEqualTo(Status.values().length * Action.values().length - LEGAL.size());
    }
}
