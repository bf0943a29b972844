package org.gongkai.io.importing.recognise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DepartmentNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"某县文化广电和旅游局", "某市人民代表大会常务委员会办公室", "某某街道办事处", "某县融媒体中心", "某某镇人民政府",
            "某市第一中学", "本溪市财政局", "经济和信息化局", "全州县教育局", "某县机构编制委员会办公室", "某市消防救援支队", "某区档案馆", "某县妇女联合会"})
    void anOrganisationsNameIsKept(String name) {
        assertThat(DepartmentNames.organisation(name)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"年度一般公共预算支出经济分类情况表", "年市级部门项目支出预算表", "部门综合预算一般公共预算支出明细表（按",
            "关于", "某某省", "某市", "各乡镇", "本部门", "该局", "现将我厅", "经某县财政局", "收入支出决算总表", "一般公共预算财政拨款“三公”经费支出", "单位：万元", "根据预算法规定"})
    void aTitleARegionOrASentenceIsNoDepartment(String notAName) {
        assertThat(DepartmentNames.organisation(notAName)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"某市交通运输局（本级）", "某市卫生健康委员会（汇总）", "某县财政局(本级)"})
    void aQualifierTellingTheLevelIsKeptAsPrintedAndRemovedWhenAsked(String printed) {
        assertThat(DepartmentNames.organisation(printed)).contains(printed);
        assertThat(DepartmentNames.unqualified(printed)).doesNotContain("本级").doesNotContain("汇总");
    }

    @ParameterizedTest
    @ValueSource(strings = {"某某新兴产业集中区（管委会）", "某区综合行政执法局（某区城市管理局）", "某市教育体育局（机关）"})
    void aNameWithAKindOrAliasInBracketsIsKept(String printed) {
        assertThat(DepartmentNames.organisation(printed)).contains(printed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"(一)某某镇人民政府", "（二）某某镇人民政府", "一、某某镇人民政府"})
    void aListsNumberingIsNotPartOfTheName(String printed) {
        assertThat(DepartmentNames.organisation(printed)).contains("某某镇人民政府");
    }

    @ParameterizedTest
    @ValueSource(strings = {"某某开发区（以下简称）", "某某集中区（说明）"})
    void aBracketThatIsNoKindMakesNoName(String printed) {
        assertThat(DepartmentNames.organisation(printed)).isEmpty();
    }
}
