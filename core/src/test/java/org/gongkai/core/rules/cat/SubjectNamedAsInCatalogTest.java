package org.gongkai.core.rules.cat;

import static org.assertj.core.api.Assertions.assertThat;

import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** R-CAT-07 on subjects as Jiangsu 2018 explanations name them. */
class SubjectNamedAsInCatalogTest {

    private static int findings(String sentence) {
        DepartmentBudget model = ValidPackages.random(5, 8).toBuilder().narrative(NarrativeSection.OTHER, sentence).build();
        return new SubjectNamedAsInCatalog().check(Disclosure.generated(model, ClassificationCatalog.builtIn())).size();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2．法院（款）一般行政事务管理（项）支出 6049.97 万元，与上年相比减少 392.92 万元。",
        "1．住房改革支出（类）住房公积金（项）572.56万元，与上年相比增加78.34 万元。"})
    void aSubjectAtTheWrongLevelOrWithASlipIsFound(String sentence) {
        assertThat(findings(sentence)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "2．一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）支出 6049.97 万元。",
        "1．住房保障支出（类）住房改革支出（款）住房公积金（项）572.56万元。",
        "3．公诉、审判、侦查、执行等检察监督支出（项） 1,895万元，与上年相比减少 134 万元。"})
    void aSubjectNamedAsTheCatalogDoesOrUnknownToItIsNoFinding(String sentence) {
        assertThat(findings(sentence)).isZero();
    }
}
