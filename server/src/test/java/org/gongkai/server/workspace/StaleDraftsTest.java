package org.gongkai.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Drafter;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.api.Test;

class StaleDraftsTest {

    @Test
    void aDraftedFigureTheTablesChangedSinceIsNamedOldAndNew() throws Exception {
        DepartmentBudget sample = ModelJson.read(Path.of("..", "samples", "qhd-etdz-affairs-2023", "model.json"));
        DepartmentBudget drafted = Drafter.redraft(sample, NarrativeSection.OPERATING_COST);
        assertThat(StaleDrafts.of(drafted)).doesNotContainKey(NarrativeSection.OPERATING_COST);

        DepartmentBudget changed = drafted.toBuilder().operatingCost(new BigDecimal("1600.00")).build();

        assertThat(StaleDrafts.of(changed).get(NarrativeSection.OPERATING_COST)).singleElement()
                .satisfies(s -> {
                    assertThat(s.was()).isEqualTo("1542.76万元");
                    assertThat(s.now()).isEqualTo("1600.00万元");
                    assertThat(s.label()).contains("机关运行经费");
                });
    }
}
