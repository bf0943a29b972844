package org.gongkai.core.rules.txt;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R-TXT-22 on sentences as real explanations print them (Jiangsu 2018–2019, Shanghai 2023). */
class ChangePercentStatedTest {

    private static int findings(String sentence) {
        Disclosure disclosure = Disclosure.generated(ValidPackages.random(5, 8).toBuilder()
                .narrative(NarrativeSection.OTHER, sentence).build(), ClassificationCatalog.builtIn());
        return new ChangePercentStated().check(disclosure).size();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "江苏省人大常委会办公厅2018年度收入、支出预算总计15897.44万元，与上年相比收、支预算总计各增加 2248.37 万元，增长16.47%。",
        "（1）一般公共预算收入预算 24,169.74万元，与上年相比增加2228.78 万元，增长10.15 %。",
        "2022年当年预算执行数为1.48万元，2023年预算安排2.63万元，比2022年预算执行数增加77.70%。",
        "2022年当年预算执行数为0万元，2023年预算安排60.13万元，比2022年预算执行数增加100%。",
        "此外，基本支出预算数为 15,844.04万元。与上年相比增加1849.73 万元，增长13.22 %。",
        "2.财政专户管理资金收入预算总计0万元。与上年相比增加（减少）0万元，增长（减少）0%。",
        "项目支出预算数为 6333.96 万元。与上年相比增加480万元，增长8.2%。"})
    void aPercentageTheAmountsGiveIsNoFinding(String sentence) {
        assertThat(findings(sentence)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "江苏省人民检察院2019年度收入、支出预算总计24,169.74 万元，与上年相比收、支预算总计各增加 2214.39万元，增长 10.06 %。",
        "2024年当年预算执行数为5321.7万元，2025年预算安排612.40万元，比2024年预算执行数增加15.08%。",
        "2024年当年预算执行数为750.00万元，2025年预算安排612.40万元，比2024年预算执行数减少2.30%。",
        "一般公共预算收入预算 1094.10万元，与上年相比增加 94.10万元，增长9.12%。",
        "支出预算 900.00万元，与上年相比减少 100.00万元，增长10.00%。",
        "单位预留机动经费预算数为 1685.72 万元。与上年相比增加1557.29万元，增长1312.56%。",
        "项目支出预算数为4335.3万元。与上年相比减少了1237.7万元，减少 13.22 %。"})
    void aPercentageTheAmountsContradictIsFound(String sentence) {
        assertThat(findings(sentence)).isEqualTo(1);
    }
}
