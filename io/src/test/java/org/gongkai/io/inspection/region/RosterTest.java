package org.gongkai.io.inspection.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.core.rules.Disclosure;
import org.gongkai.io.importing.source.ImportException;
import org.junit.jupiter.api.Test;

class RosterTest {

    @Test
    void readsDepartmentsUnitsAndDates() {
        Roster roster = Roster.parse("r.csv", "\uFEFF编码,名称,级次,上级编码,批复日期,决算批复日期\nP1,某区教育局,部门,,2025/01/20,2025-08-01\n"
                + "P11,某区第一中学,单位,P1,,\n");
        assertThat(roster.entries()).hasSize(2);
        assertThat(roster.unitsOf(roster.entries().get(0))).extracting(RosterEntry::name).containsExactly("某区第一中学");
        assertThat(roster.entries().get(0).budgetApproval()).hasToString("2025-01-20");
        assertThat(roster.entries().get(1).level()).isEqualTo(Disclosure.Level.UNIT);
    }

    @Test
    void refusesABadRosterNamingTheLineAndWhatWasExpected() {
        assertThatThrownBy(() -> Roster.parse("r.csv", "名称,级次\n某局,部门\n")).isInstanceOf(ImportException.class)
                .hasMessageContaining("第 1 行表头缺少“编码”列");
        assertThatThrownBy(() -> Roster.parse("r.csv", "编码,名称,级次\nP1,某局,处室\n")).hasMessageContaining("第 2 行级次“处室”应为“部门”或“单位”");
        assertThatThrownBy(() -> Roster.parse("r.csv", "编码,名称,级次,上级编码\nP1,某局,部门,\nP2,某校,单位,P9\n"))
                .hasMessageContaining("第 3 行上级编码“P9”不是名单中任何部门的编码");
        assertThatThrownBy(() -> Roster.parse("r.csv", "编码,名称,级次,批复日期\nP1,某局,部门,1月20日\n"))
                .hasMessageContaining("第 2 行批复日期“1月20日”应为 2025-01-20 格式的日期");
    }
}
