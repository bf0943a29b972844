package org.gongkai.core.rules.txt;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R-TXT-32 on the sentences real explanations print: 「总数，其中：A、B、C」. */
class ListedItemsAddUpTest {

    private static List<Finding> findings(String text) {
        Disclosure disclosure = Disclosure.generated(ValidPackages.random(5, 8).toBuilder()
                .narrative(NarrativeSection.PROCUREMENT, text).build(), ClassificationCatalog.builtIn());
        return new ListedItemsAddUp().check(disclosure);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // 普陀区商务委 2025 with the 服务 part mistyped (30.40 → 30.60): the parts exceed the total.
        "2025年度本部门政府采购预算38.20万元，其中：政府采购货物预算7.80万元、政府采购工程预算0万元、政府采购服务预算30.60万元。",
        // 重庆市政府办公厅 2026 with the total a little short of its parts (4,542.69 → 4,540.69).
        "所属各预算单位政府采购预算总额 4,540.69 万元，其中：政府采购货物预算 110 万元、政府采购工程预算 0 万元、政府采购服务预算 4,432.69 万元。",
        // 万里街道 2023 with the 工程 part a little off (550.00 → 549.00): a shortfall of 0.12%.
        "2023年本部门政府采购预算830.00万元，其中：政府采购货物预算10.00万元、政府采购工程预算549.00万元、政府采购服务预算270.00万元。"})
    void partsThatMissTheirTotalAreFound(String sentence) {
        assertThat(findings(sentence)).singleElement().satisfies(f -> assertThat(f.message()).contains("之和").contains("相差"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2025年度本部门政府采购预算38.20万元，其中：政府采购货物预算7.80万元、政府采购工程预算0万元、政府采购服务预算30.40万元。",
        "所属各预算单位政府采购预算总额 4,542.69 万元，均为一般公共预算拨款，其中：政府采购货物预算 110 万元、政府采购工程预算 0 万元、政府采购服务预算 4,432.69 万元。",
        "2023年本部门政府采购预算830.00万元，其中：政府采购货物预算10.00万元、政府采购工程预算550.00万元、政府采购服务预算270.00万元。",
        // A list that leaves a part out is not a sum (「其中」 names only the part reserved for small firms).
        "2023年本部门面向中小企业预留政府采购项目预算金额332.00万元，其中，预留给小型和微型企业的政府采购项目预算为232.40万元。",
        // Rounding the sentence prints: three parts in 万元 with two decimals may miss the total by 0.01.
        "2025年，上海市普陀区商务委员会收入预算37,151.47万元，其中：财政拨款收入37,151.46万元、其他收入0.01万元。",
        // A part with parts of its own is no flat list (河北 sample's 「三公」 sentence).
        "部门 2023 年“三公经费”为 374.46 万元，其中：公务出国 0 万元；公务用车购置及运行费 55.58 万元，其中：公务用车购置 0 万元，公务用车运行费 55.58 万元；公务接待费 318.88 万元。",
        // Parts with a comparison after them are no plain list.
        "支出预算 100.00 万元，其中：基本支出 60.00 万元、项目支出 30.00 万元，比上年减少 5.00 万元。"})
    void partsThatAddUpOrAreNoListAreNoFinding(String sentence) {
        assertThat(findings(sentence)).isEmpty();
    }
}
