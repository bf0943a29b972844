package org.gongkai.io.importing.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.budget.DepartmentBudget;
import org.junit.jupiter.api.Test;

/** A disclosure whose tables a crawled page prints as {@code |}-separated rows is read as the same disclosure. */
class PipeTextPrintTest {

    @Test
    void gongkaisOwnPrintWithItsTablesAsPipeRowsReadsBackEveryHeadlineFigure() {
        for (long seed = 1; seed <= 5; seed++) {
            DepartmentBudget model = OracleModels.random(seed, 12);
            Headline read = Headline.read("pipes-" + seed + ".txt", Print.gongkai(FileFormat.PIPE_TEXT).bytes(model));
            Verdict verdict = Verdict.of(Headline.of(model), read);
            assertThat(read.refused()).as("model %d", seed).isNull();
            assertThat(verdict.wrong()).as("model %d", seed).isEmpty();
            assertThat(verdict.unread()).as("model %d", seed).isEmpty();
        }
    }
}
