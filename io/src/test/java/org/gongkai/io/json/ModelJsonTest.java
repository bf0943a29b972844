package org.gongkai.io.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gongkai.core.budget.Budgets;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.InvalidModelException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelJsonTest {

    private static final String VALID = """
            {"year": 2023, "department": {"code": "430", "name": "某部门"},
             "incomes": [{"source": "GENERAL_PUBLIC_BUDGET", "amount": 10}],
             "expenditures": [{"functionCode": "2010350", "kind": "BASIC", "source": "GENERAL_PUBLIC_BUDGET", "amount": 10}]}
            """;

    @Test
    void readsAMinimalModel() {
        DepartmentBudget budget = ModelJson.read(VALID, "test.json");
        assertThat(budget.figures().expenditureTotal()).isEqualByComparingTo("10.00");
    }

    @Test
    void theSampleFixtureSurvivesARoundTripUnchanged() throws Exception {
        Path fixture = Path.of(getClass().getResource("/golden/qhd-etdz-affairs-2023/model.json").toURI());
        DepartmentBudget budget = ModelJson.read(fixture);
        String written = ModelJson.write(budget);
        assertThat(ModelJson.read(written, "round trip")).isEqualTo(budget);
        assertThat(ModelJson.write(ModelJson.read(written, "again"))).isEqualTo(written);
        assertThat(written).contains("\"amount\" : 308.00").contains("\"total\" : 2413.603435");
    }

    @Property(tries = 50)
    void randomModelsSurviveARoundTripUnchanged(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int lines) {
        DepartmentBudget budget = Budgets.randomBalanced(seed, lines, 2023);
        assertThat(ModelJson.read(ModelJson.write(budget), "random")).isEqualTo(budget);
    }

    @Test
    void namesTheFieldOfACodeUnderNoClass() {
        String json = VALID.replace("2010350", "2990101");
        assertThatThrownBy(() -> ModelJson.read(json, "bad.json")).isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("bad.json 不是有效的预算模型")
                .hasMessageContaining("expenditures[0].functionCode：功能分类科目 2990101 的类 299 不在 2023 年支出功能分类科目中");
    }

    @Test
    void aWellFormedCodeTheCatalogDoesNotHoldIsAccepted() {
        // It may be new that year, before the official catalog is loaded: R-CAT-08 warns, nothing refuses it.
        DepartmentBudget read = ModelJson.read(VALID.replace("2010350", "2010398"), "new-code.json");
        assertThat(read.expenditures().get(0).functionCode().value()).isEqualTo("2010398");
    }

    @Test
    void namesTheFieldOfAMalformedCode() {
        String json = VALID.replace("2010350", "20103500");
        assertThatThrownBy(() -> ModelJson.read(json, "bad.json"))
                .hasMessageContaining("expenditures[0].functionCode：功能分类科目编码应为3位（类）、5位（款）或7位（项）数字");
    }

    @Test
    void namesTheLineOfANegativeAmount() {
        String json = VALID.replace("\"amount\": 10}]}", "\"amount\": -10}]}");
        assertThatThrownBy(() -> ModelJson.read(json, "bad.json"))
                .hasMessageContaining("expenditures[0]：amount 不能为负数：-10");
    }

    @Test
    void reportsLineAndColumnOfMalformedJson() {
        assertThatThrownBy(() -> ModelJson.read("{\"year\": 2023,\n  \"department\": {,}", "broken.json"))
                .isInstanceOf(InvalidModelException.class)
                .hasMessageContaining("第 2 行第")
                .hasMessageContaining("JSON 语法错误");
    }

    @Test
    void refusesUnknownFieldsSoATypoLosesNothing() {
        String json = VALID.replace("\"incomes\"", "\"income\"");
        assertThatThrownBy(() -> ModelJson.read(json, "typo.json")).hasMessageContaining("income").hasMessageContaining("未知字段");
    }

    @Test
    void namesTheFieldOfAWrongType() {
        String json = VALID.replace("\"amount\": 10}]}", "\"amount\": \"十万\"}]}");
        assertThatThrownBy(() -> ModelJson.read(json, "bad.json"))
                .hasMessageContaining("expenditures[0].amount")
                .hasMessageContaining("金额");
    }

    @Test
    void namesTheAllowedValuesOfAnUnknownEnum() {
        String json = VALID.replace("\"BASIC\"", "\"基本\"");
        assertThatThrownBy(() -> ModelJson.read(json, "bad.json"))
                .hasMessageContaining("expenditures[0].kind")
                .hasMessageContaining("BASIC、PROJECT");
    }

    @Test
    void refusesAMissingYearAndDepartment() {
        assertThatThrownBy(() -> ModelJson.read("{}", "empty.json")).hasMessageContaining("year 预算年度应为四位年份");
        assertThatThrownBy(() -> ModelJson.read("{\"year\":2023}", "empty.json")).hasMessageContaining("department 部门不能为空");
    }

    @Test
    void refusesAFileThatIsNotThere(@TempDir Path dir) {
        assertThatThrownBy(() -> ModelJson.read(dir.resolve("missing.json"))).hasMessageContaining("文件不存在");
    }

    @Test
    void refusesAFileThatIsNotUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("gbk.json");
        Files.write(file, "{\"year\": 2023, \"department\": {\"code\": \"430\", \"name\": \"部门\"}}".getBytes("GBK"));
        assertThatThrownBy(() -> ModelJson.read(file)).hasMessageContaining("UTF-8");
    }

    @Test
    void refusesTrailingGarbage() {
        assertThatThrownBy(() -> ModelJson.read(VALID + "}", "t.json")).isInstanceOf(InvalidModelException.class);
    }
}
