package org.gongkai.core.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.gongkai.core.budget.NarrativeSection;
import org.junit.jupiter.api.Test;

class ThreePublicPartTest {

    private static Mention labelled(String label) {
        return new Mention(NarrativeSection.THREE_PUBLIC, label + "1万元", label, BigDecimal.ONE, "万元", 2024);
    }

    @Test
    void aPartIsNamedWithItsFundsAndKindBetweenItAndTheAmount() {
        assertThat(ThreePublicPart.TOTAL.names(labelled("2024年度“三公”经费财政拨款支出决算为"))).isTrue();
        assertThat(ThreePublicPart.TOTAL.names(labelled("“三公”经费一般公共预算拨款预算安排"))).isTrue();
        assertThat(ThreePublicPart.TOTAL.names(labelled("(简称“三公”经费)支出合计"))).isTrue();
        assertThat(ThreePublicPart.RECEPTION.names(labelled("公务接待费支出预算为"))).isTrue();
        assertThat(ThreePublicPart.ABROAD.names(labelled("因公出国（境）经费决算"))).isTrue();
        assertThat(ThreePublicPart.VEHICLE_OPERATION.names(labelled("公务用车运行维护费决算数为"))).isTrue();
    }

    @Test
    void aPartIsNamedByTheVehicleWordsRegionsUse() {
        assertThat(ThreePublicPart.VEHICLE_OPERATION.names(labelled("公务用车运行费用"))).isTrue();
        assertThat(ThreePublicPart.VEHICLE_OPERATION.names(labelled("车辆运行维护费支出"))).isTrue();
        assertThat(ThreePublicPart.VEHICLE_PURCHASE.names(labelled("车辆购置支出"))).isTrue();
        assertThat(ThreePublicPart.VEHICLE.names(labelled("公务用车及运行维护费支出"))).isTrue();
    }

    @Test
    void aComparisonOrAnotherSubjectNamesNoPart() {
        assertThat(ThreePublicPart.RECEPTION.names(labelled("公务接待费支出决算比上年减少"))).isFalse();
        assertThat(ThreePublicPart.TOTAL.names(labelled("“三公”经费支出较年初预算节约"))).isFalse();
        assertThat(ThreePublicPart.TOTAL.names(labelled("“三公”经费中公务接待费支出"))).isFalse();
        assertThat(ThreePublicPart.VEHICLE_PURCHASE.names(labelled("公务用车购置及运行维护费支出预算为"))).isFalse();
        assertThat(ThreePublicPart.VEHICLE_OPERATION.names(labelled("车辆购置及运行费支出"))).isFalse();
        assertThat(ThreePublicPart.RECEPTION.names(labelled("公务接待费人均标准为"))).isFalse();
        assertThat(ThreePublicPart.TOTAL.names(labelled("一般公共预算“三公”经费预算支出"))).isFalse();
    }
}
