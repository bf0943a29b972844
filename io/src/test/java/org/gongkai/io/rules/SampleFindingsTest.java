package org.gongkai.io.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.io.json.ModelJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules on the real samples: each finds the document's known mistakes, and the full list of findings is kept
 * as a golden file beside the sample ({@code findings.txt}; regenerate with
 * {@code ./gongkai check samples/<case>/model.json --format json}, one finding per line, and review the diff; the text
 * output names a finding met in several places once).
 */
class SampleFindingsTest {

    private static List<Finding> findings(String sample) throws Exception {
        return RuleRegistry.check(Disclosure.generated(ModelJson.parse(Files.readString(dir(sample).resolve("model.json")), sample),
                ClassificationCatalog.builtIn()));
    }

    private static Path dir(String sample) throws URISyntaxException {
        return Path.of(SampleFindingsTest.class.getResource("/golden/" + sample).toURI());
    }

    @ParameterizedTest
    @ValueSource(strings = {"qhd-etdz-affairs-2023", "qhd-etdz-office-2020", "qhd-etdz-approval-2020"})
    void findingsOnTheSampleAreExactlyTheGoldenOnes(String sample) throws Exception {
        List<String> expected = Files.readAllLines(dir(sample).resolve("findings.txt"));
        assertThat(findings(sample).stream().map(Finding::toString).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void theAffairsCentreStatesAnExpenditureTotalItsTablesContradict() throws Exception {
        assertThat(findings("qhd-etdz-affairs-2023")).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R-TXT-03");
            assertThat(f.message()).contains("8320.77").contains("8900.03");
            assertThat(f.location()).contains("部门预算安排的总体情况");
        });
    }

    @Test
    void theAffairsCentreCapsACostWithAFloor() throws Exception {
        assertThat(findings("qhd-etdz-affairs-2023")).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R-PERF-05");
            assertThat(f.location()).contains("招商商务活动经费");
            assertThat(f.message()).contains("≥308");
        });
    }

    @Test
    void theOfficeWritesReceptionInYuan() throws Exception {
        assertThat(findings("qhd-etdz-office-2020")).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R-UNIT-01");
            assertThat(f.message()).contains("公务接待 2.31 元");
        });
    }

    @Test
    void theOfficesProjectTextsContradictTheirTables() throws Exception {
        List<Finding> findings = findings("qhd-etdz-office-2020");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R-PERF-11");
            assertThat(f.location()).contains("楼内无线网短信验证费");
            assertThat(f.message()).contains("预算数为 2 万元").contains("0.48");
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R-PERF-11");
            assertThat(f.location()).contains("正版办公软件购置费");
            assertThat(f.message()).contains("财政资金为 15 万元").contains("20.00");
        });
    }

    @Test
    void theOfficeCapsSatisfactionFromAbove() throws Exception {
        assertThat(findings("qhd-etdz-office-2020")).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R-PERF-04");
            assertThat(f.message()).contains("≤");
        });
    }

    @Test
    void theApprovalBureauListsACodeUnderAnotherItemsNameAndPlansOnlyPartOfItsMoney() throws Exception {
        List<Finding> findings = findings("qhd-etdz-approval-2020");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R-CAT-05");
            assertThat(f.location()).contains("2010305 事业运行");
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R-PERF-09");
            assertThat(f.message()).contains("55%");
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R-UNIT-04");
            assertThat(f.message()).contains("减少0.48");
        });
    }
}
