package org.gongkai.io.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.junit.jupiter.api.Test;
import org.gongkai.io.importing.read.TextReader;
import org.gongkai.io.importing.source.ImportException;

/** A broken or partial 部门决算 is named as one, and what cannot be read is said in Chinese with where it is. */
class FinalAccountsBadInputTest {

    private static ImportResult read(String text) {
        return Interpreter.interpret(TextReader.read("决算.txt", text));
    }

    @Test
    void aFinalAccountsWithNoTableOrSectionToReadIsRefusedAsSuch() {
        assertThatThrownBy(() -> read("# 某局2023年度部门决算\n这是一段与决算无关的文字。\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("决算.txt").hasMessageContaining("是部门决算")
                .hasMessageContaining("未找到任何决算公开表或情况说明");
    }

    @Test
    void aFinalAccountsWithoutAYearSaysWhichYearItLacks() {
        assertThatThrownBy(() -> read("# 某局部门决算\n## 一、收入支出决算总体情况说明\n本年收入合计10.00万元。\n"
                + "## 二、支出决算情况说明\n本年支出合计10.00万元。\n"))
                .isInstanceOf(ImportException.class).hasMessageContaining("未找到决算年度");
    }

    @Test
    void anExplanationAloneIsAFinalAccountsCheckedForWhatItHolds() {
        ImportResult result = read("# 某局2023年度部门决算\n## 一、收入支出决算总体情况说明\n收入支出总计10.00万元。\n"
                + "## 二、收入决算情况说明\n本年收入合计10.00万元。\n## 七、财政拨款“三公”经费支出决算情况说明\n无“三公”经费支出。\n"
                + "## 十、预算绩效管理情况\n开展了绩效自评。\n");
        assertThat(result.kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        Disclosure disclosure = result.disclosure(ClassificationCatalog.builtIn());
        assertThat(disclosure.kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        assertThat(disclosure.contents()).isEqualTo(Disclosure.Contents.EXPLANATION_ONLY);
    }

    @Test
    void anIncomeLineOfNoKnownSourceIsReportedAtItsRow() {
        ImportResult result = read("# 某局2023年度部门决算\n收入支出决算总表\n单位：万元\n"
                + "收入\t\t支出\t\n项目\t决算数\t项目\t决算数\n"
                + "一、一般公共预算财政拨款收入\t8.00\t一、一般公共服务支出\t10.00\n"
                + "九、捐赠收入\t2.00\t\t\n"
                + "本年收入合计\t10.00\t本年支出合计\t10.00\n");
        assertThat(result.kind()).isEqualTo(DisclosureKind.FINAL_ACCOUNTS);
        assertThat(result.unparsed()).anySatisfy(u -> {
            assertThat(u.where()).isEqualTo("表1 第2行");
            assertThat(u.reason()).isEqualTo("无法识别的收入类型");
            assertThat(u.text()).contains("捐赠收入");
        });
    }

    @Test
    void aFinalAccountsTableThatIsNoneOfTheNineIsReportedNotReadIntoTheTableAbove() {
        ImportResult result = read("# 某局2023年度部门决算\n支出决算表\n单位：万元\n"
                + "科目编码\t科目名称\t本年支出合计\t基本支出\t项目支出\n"
                + "\t合计\t10.00\t10.00\t\n2012601\t行政运行\t10.00\t10.00\t\n"
                + "财政拨款支出决算明细表\n单位：万元\n"
                + "科目编码\t科目名称\t合计\t工资福利支出\n2012601\t行政运行\t99.00\t99.00\n");
        assertThat(result.readTables()).singleElement().satisfies(t -> assertThat(t.rows()).hasSize(2));
        assertThat(result.accounts().expenditureTotal()).isEqualByComparingTo("10.00");
        assertThat(result.unparsed()).anySatisfy(u -> assertThat(u.reason()).isEqualTo("不属于任何公开表或说明部分的表格"));
    }
}
