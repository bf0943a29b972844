package org.gongkai.core.rules.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.budget.Indicator;
import org.gongkai.core.budget.Project;
import org.gongkai.core.performance.IndicatorValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R-PERF-16 and R-PERF-17 on indicators as real 绩效目标表 print them (二级指标 | 三级指标 | 指标值). */
class IndicatorWordingTest {

    private static boolean found(IndicatorRule rule, String level2, String name, String value) {
        Indicator indicator = new Indicator("产出指标", level2, name, null, value, null);
        Project project = new Project("P1", "项目", null, null, null, null, null, null, List.of(), List.of(), List.of(indicator));
        return rule.problem(project, indicator, IndicatorValue.parse(value)).isPresent();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "时效指标|聘用人员费用发放及时率|≥95%天",
        "时效指标|投诉处理时限|≥95%",
        "数量指标|临聘人员数量|≥95%",
        "数量指标|年度全市居民医保参保人数|≥100%"})
    void aUnitTheIndicatorCannotHaveIsFound(String level2, String name, String value) {
        assertThat(found(new UnitFitsIndicator(), level2, name, value)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "时效指标|聘用人员费用发放及时率|≥95%",
        "时效指标|资金拨付（下达、结算）及时率|≥100%",
        "时效指标|重大活动响应及时率|≤1 小时",
        "数量指标|临聘人员数量|≥4人",
        "数量指标|规划建筑面积|≥13459.00(平方米)",
        "满意度指标|投诉业务部门不作为的投诉件数量|≤5件",
        "成本指标|项目管理人员与项目实施总人数之比|≤5%",
        "数量指标|质量月活动|=1.00(次)"})
    void aUnitThatFitsIsNoFinding(String level2, String name, String value) {
        assertThat(found(new UnitFitsIndicator(), level2, name, value)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "社会效益指标|临聘人员上访事件发生率|≥0.5%",
        "质量指标|数据差错率|≥1%",
        "数量指标|会议天数不超过|≥3天",
        "数量指标|慰问人数不少于|≤100人",
        "生态效益指标|单位能耗降低率|≤5%"})
    void aBoundAgainstTheIndicatorsWordsIsFound(String level2, String name, String value) {
        assertThat(found(new BoundFitsWording(), level2, name, value)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "社会效益指标|临聘人员上访事件发生率|≤0%",
        "满意度指标|服务对象投诉次数|≤20次",
        "质量指标|投诉处理率|≥95%",
        "生态效益指标|单位能耗降低率|≥5%",
        "社会效益指标|粮食产量下降率|≤2%",
        "成本指标|宣传成本控制率|≤95%",
        "时效指标|电气水暖维修不超过24小时，土建维修不超过3天|≥100%",
        "质量指标|专项支出控制在预算范围之内|≥95%"})
    void aBoundThatFitsIsNoFinding(String level2, String name, String value) {
        assertThat(found(new BoundFitsWording(), level2, name, value)).isFalse();
    }
}
