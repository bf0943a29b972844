package org.gongkai.server.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.Income;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.api.Test;

class RootCausesTest {

    private static DepartmentBudget sample() throws Exception {
        return ModelJson.read(Path.of("..", "samples", "qhd-etdz-affairs-2023", "model.json"));
    }

    private static List<Finding> findings(DepartmentBudget model) {
        return RuleRegistry.check(Disclosure.generated(model, ClassificationCatalog.builtIn()));
    }

    @Test
    void anIncomeOneTooHighIsOneCauseOfFourRulesLinkedToItsRow() throws Exception {
        DepartmentBudget sample = sample();
        List<Income> incomes = new ArrayList<>(sample.incomes());
        Income first = incomes.get(0);
        incomes.set(0, new Income(first.source(), first.amount().add(BigDecimal.ONE), first.carriedOver()));
        DepartmentBudget wrong = sample.toBuilder().incomes(incomes).build();

        List<RootCauses.Root> roots = RootCauses.of(wrong, findings(wrong));

        assertThat(roots).hasSize(1);
        assertThat(roots.get(0).fixes().get(0).href()).isEqualTo("#incomes-row-1");
        assertThat(roots.get(0).consequences()).extracting(l -> l.finding().rule())
                .containsExactlyInAnyOrder("R-BAL-04", "R-BAL-06", "R-TXT-01", "R-XT-03");
    }

    @Test
    void aSecondErrorAboutOtherFiguresIsNoConsequence() throws Exception {
        DepartmentBudget sample = sample();
        // The sample's overview states a total (8320.77) the tables never had: a real error before any edit.
        assertThat(RootCauses.of(sample, findings(sample))).isEmpty();
        List<Income> incomes = new ArrayList<>(sample.incomes());
        Income first = incomes.get(0);
        incomes.set(0, new Income(first.source(), first.amount().add(BigDecimal.ONE), first.carriedOver()));
        DepartmentBudget wrong = sample.toBuilder().incomes(incomes).build();
        assertThat(RootCauses.of(wrong, findings(wrong)).get(0).consequences()).extracting(l -> l.finding().rule())
                .doesNotContain("R-TXT-03", "R-TXT-21");
    }

    @Test
    void aWrongBasicExpenditureLineIsOneCausePointingAtTheLines() throws Exception {
        DepartmentBudget sample = sample();
        List<ExpenditureLine> lines = new ArrayList<>(sample.expenditures());
        int basic = 0;
        while (lines.get(basic).kind() != org.gongkai.core.budget.ExpenditureKind.BASIC) {
            basic++;
        }
        ExpenditureLine line = lines.get(basic);
        lines.set(basic, new ExpenditureLine(line.functionCode(), line.kind(), line.source(), line.carriedOver(), line.amount().add(BigDecimal.ONE)));
        DepartmentBudget wrong = sample.toBuilder().expenditures(lines).build();

        List<RootCauses.Root> roots = RootCauses.of(wrong, findings(wrong));

        assertThat(roots).hasSize(1);
        assertThat(roots.get(0).fixes().get(0).href()).isEqualTo("#lines");
        assertThat(roots.get(0).consequences()).extracting(l -> l.finding().rule())
                .contains("R-BAL-04", "R-BAL-06", "R-XT-03", "R-XT-05", "R-TXT-04");
    }
}
