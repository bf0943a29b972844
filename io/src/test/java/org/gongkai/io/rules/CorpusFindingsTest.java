package org.gongkai.io.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.io.importing.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The checker on every real disclosure of the corpus: the findings are exactly the reviewed ones kept beside the
 * document (corpus/<id>/findings.txt, one {@link Finding} per line). Each line was checked against the document by
 * reading it: every finding is a real problem. Regenerate by running the rules on the golden's files and review the
 * diff line by line before keeping it.
 */
class CorpusFindingsTest {

    static Stream<String> disclosures() throws Exception {
        try (Stream<Path> dirs = Files.list(corpus())) {
            return dirs.filter(d -> Files.exists(d.resolve("findings.txt"))).map(d -> d.getFileName().toString()).sorted()
                    .toList().stream();
        }
    }

    private static Path corpus() throws URISyntaxException {
        return Path.of(CorpusFindingsTest.class.getResource("/corpus").toURI());
    }

    private static List<Finding> findings(String id) throws Exception {
        Path dir = corpus().resolve(id);
        JsonNode golden = new ObjectMapper().readTree(dir.resolve("golden.json").toFile());
        List<Path> files = new ArrayList<>();
        golden.get("files").forEach(f -> files.add(dir.resolve(f.asText())));
        return RuleRegistry.check(Documents.importFiles(files).disclosure(ClassificationCatalog.builtIn()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disclosures")
    void findingsOnTheRealDocumentAreExactlyTheReviewedOnes(String id) throws Exception {
        List<String> expected = Files.readAllLines(corpus().resolve(id).resolve("findings.txt"));
        assertThat(findings(id).stream().map(Finding::toString).toList()).containsExactlyElementsOf(expected);
    }

    @Test
    void anItemCopiedFromTheItemAboveIsCaughtByItsFiguresAndItsPercentage() throws Exception {
        // 万里街道 2023, item 16 (职业年金 220.63万元) repeats item 15's 「2023年预算安排441.25万元…增加60.54%」.
        List<Finding> findings = findings("sh-putuo-wanli-street-2023-dept");
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R-TXT-23");
            assertThat(f.message()).contains("220.63").contains("441.25");
        });
        assertThat(findings).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R-TXT-22");
            assertThat(f.message()).contains("314.82%").contains("289.12%");
        });
    }

    @Test
    void aTableWhoseCodesWereRenumberedIsOneFindingWithExamples() throws Exception {
        assertThat(findings("sh-putuo-welfare-home-2024-unit")).filteredOn(f -> f.rule().equals("R-CAT-03")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("13 行科目名称与编码不对应").contains("30202 写作“咨询费”"));
    }

    @Test
    void templateInstructionsLeftInTheTextAreFound() throws Exception {
        assertThat(findings("sh-putuo-gov-office-2025-dept")).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("R-REQ-05");
            assertThat(f.message()).contains("（列示至基层预算单位）");
        });
        assertThat(findings("js-npc-office-2018")).filteredOn(f -> f.rule().equals("R-REQ-05")).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void aParagraphThatLostItsStopBeforeTheNextHeadingIsFound() throws Exception {
        // 商务委 2025, the 生命健康产业 project's 「四、实施方案」 ends 「…按程序落实专项资金拨付」 and 「五、实施周期」 follows (read
        // in the PDF: the two other projects' paragraphs end with 「。」). A human inspector lists the same slip.
        assertThat(findings("sh-putuo-commerce-2025-dept")).filteredOn(f -> f.rule().equals("R-TXT-31")).singleElement()
                .satisfies(f -> assertThat(f.location()).contains("按程序落实专项资金拨付"));
    }

    @Test
    void whatRealDocumentsDoRightIsNotReported() throws Exception {
        // 江苏's 人员经费 + 公用经费 divide 财政拨款基本支出, not the 基本支出 of all funds; 「此表为空」 with 「本部门无相关
        // 收支项目」 is an empty-table note; 「增长 16 倍」 has its unit; 「增加 40」 has its 万元 on the next page.
        List<Finding> findings = findings("js-procuratorate-2018");
        assertThat(findings).extracting(Finding::rule).doesNotContain("R-TXT-21", "R-REQ-02", "R-UNIT-04");
        assertThat(findings("js-procuratorate-2019")).extracting(Finding::rule).doesNotContain("R-REQ-02");
        // Shanghai states how many projects set targets instead of printing each table.
        assertThat(findings("sh-putuo-commerce-2025-dept")).extracting(Finding::rule).doesNotContain("R-REQ-06", "R-REQ-03");
    }
}
