package org.gongkai.io.inspection.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.io.inspection.region.Regions.*;

import java.util.List;
import org.gongkai.core.rules.Disclosure;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each region rule: a minimal case that fails and one that passes. */
class RegionRulesTest {

    private static final Disclosure.Level DEPT = Disclosure.Level.DEPARTMENT;
    private static final Disclosure.Level UNIT = Disclosure.Level.UNIT;

    @Nested
    class InitialBudget {
        RegionRule rule = new InitialBudgetMatchesPublishedBudget();

        @Test
        void flagsAnInitialBudgetThatIsNotThePublishedOne() {
            var found = rule.check(region(budget("a/2017预算.pdf", "某县卫生局", 2017, DEPT, totals("711.27")),
                    accounts("a/2017决算.pdf", "某县卫生局", 2017, initialBudget("827.10"))));
            assertThat(found).singleElement().satisfies(f -> assertThat(f.message())
                    .contains("a/2017决算.pdf", "a/2017预算.pdf", "827.10", "711.27"));
        }

        @Test
        void passesTheSameFigureAndComparesNothingUnprinted() {
            assertThat(rule.check(region(budget("b.pdf", "某县卫生局", 2017, DEPT, totals("711.27")),
                    accounts("a.pdf", "某县卫生局", 2017, initialBudget("711.27"))))).isEmpty();
            assertThat(rule.check(region(budget("b.pdf", "某县卫生局", 2017, DEPT, totals("711.27")),
                    accounts("a.pdf", "某县卫生局", 2017, balances(null, null))))).isEmpty();
        }
    }

    @Nested
    class ThreePublicBudget {
        RegionRule rule = new ThreePublicBudgetMatchesPublishedBudget();

        @Test
        void flagsAThreePublicBudgetOtherThanPublished() {
            assertThat(rule.check(region(budget("b.pdf", "某局", 2023, DEPT, threePublic(three("10", "20", "5"))),
                    accounts("a.pdf", "某局", 2023, threePublicBudget(three("10", "25", "5"))))))
                    .extracting(RegionFinding::location).containsExactlyInAnyOrder("“三公”经费预算数·“三公”经费合计",
                            "“三公”经费预算数·公务用车运行维护费");
        }

        @Test
        void passesTheSameBudget() {
            assertThat(rule.check(region(budget("b.pdf", "某局", 2023, DEPT, threePublic(three("10", "20", "5"))),
                    accounts("a.pdf", "某局", 2023, threePublicBudget(three("10", "20", "5")))))).isEmpty();
        }
    }

    @Nested
    class Balances {
        RegionRule rule = new ClosingBalanceOpensNextYear();

        @Test
        void flagsAnOpeningBalanceOtherThanLastYearsClosing() {
            assertThat(rule.check(region(accounts("2016.pdf", "某县民政局", 2016, balances("1", "88.02")),
                    accounts("2017.pdf", "某县民政局", 2017, balances("9.10", "5"))))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("2016.pdf", "2017.pdf", "88.02", "9.10"));
        }

        @Test
        void passesAMatchingBalanceAndAnotherDepartments() {
            assertThat(rule.check(region(accounts("2016.pdf", "某县民政局", 2016, balances("1", "88.02")),
                    accounts("2017.pdf", "某县民政局", 2017, balances("88.02", "5")),
                    accounts("x.pdf", "某县财政局", 2017, balances("3", "5"))))).isEmpty();
        }
    }

    @Nested
    class LastYearColumns {
        RegionRule rule = new LastYearColumnsMatchLastYear();

        @Test
        void flagsALastYearColumnOtherThanLastYearsDocument() {
            assertThat(rule.check(region(budget("2018.pdf", "某院", 2018, DEPT, totals("100")),
                    budget("2019.pdf", "某院", 2019, DEPT, lastYearColumns("120", "101"))))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("上年收入总计 101.00", "100.00"));
        }

        @Test
        void passesAMatchingColumn() {
            assertThat(rule.check(region(budget("2018.pdf", "某院", 2018, DEPT, totals("100")),
                    budget("2019.pdf", "某院", 2019, DEPT, lastYearColumns("120", "100"))))).isEmpty();
        }
    }

    @Nested
    class StatedChanges {
        RegionRule amount = new StatedChangeMatchesLastYear();
        RegionRule rate = new StatedRateRecomputes();

        Region stated(String change, String rateText) {
            return stated("100", "120", change, rateText);
        }

        Region stated(String last, String now, String change, String rateText) {
            String text = "本部门收入、支出预算总计" + now + "万元，与上年相比收、支预算总计各增加" + change + "万元，增长" + rateText + "%。";
            return region(budget("2018.pdf", "某院", 2018, DEPT, totals(last)),
                    budget("2019.pdf", "某院", 2019, DEPT, stating(now, StatedChange.in(text).toArray(StatedChange[]::new))));
        }

        @Test
        void flagsAChangeThatIsNotFromLastYearsFigure() {
            assertThat(amount.check(stated("25", "25"))).singleElement().satisfies(f -> assertThat(f.message()).contains("增加 20.00"));
            assertThat(rate.check(stated("25", "25"))).isEmpty();
        }

        @Test
        void flagsARateBeyondRounding() {
            assertThat(rate.check(stated("20", "18.5"))).singleElement().satisfies(f -> assertThat(f.message()).contains("20.0%", "18.5%"));
        }

        @Test
        void passesARoundedOrTruncatedRate() {
            assertThat(amount.check(stated("20", "20"))).isEmpty();
            assertThat(rate.check(stated("20", "20.0"))).isEmpty();
            // 20 / 300 = 6.666…%: 6.67 rounded, 6.66 truncated; 6.65 is wrong.
            assertThat(rate.check(stated("300", "320", "20", "6.67"))).isEmpty();
            assertThat(rate.check(stated("300", "320", "20", "6.66"))).isEmpty();
            assertThat(rate.check(stated("300", "320", "20", "6.65"))).hasSize(1);
        }

        @Test
        void leavesAloneAStatementOfAnotherFigure() {
            String text = "其他资金收入预算总计14.39万元。与上年相比减少0.61万元";
            assertThat(StatedChange.in(text)).isEmpty();
        }
    }

    @Nested
    class DepartmentAndUnits {
        RegionRule rule = new DepartmentEqualsSumOfUnits();
        Roster roster = roster("编码,名称,级次,上级编码\nP1,某区教育局,部门,\nP11,某区教育局（本级）,单位,P1\nP12,某区第一中学,单位,P1\n");

        @Test
        void flagsADepartmentThatIsNotTheSumOfItsUnits() {
            assertThat(rule.check(region(roster, budget("d.pdf", "某区教育局", 2025, DEPT, totals("300")),
                    budget("u1.pdf", "某区教育局", 2025, UNIT, totals("100")), budget("u2.pdf", "某区第一中学", 2025, UNIT, totals("150")))))
                    .hasSize(2).allSatisfy(f -> assertThat(f.message()).contains("300.00", "250.00", "u2.pdf"));
        }

        @Test
        void passesTheSumAndOnlyNotesMissingUnits() {
            assertThat(rule.check(region(roster, budget("d.pdf", "某区教育局", 2025, DEPT, totals("250")),
                    budget("u1.pdf", "某区教育局", 2025, UNIT, totals("100")), budget("u2.pdf", "某区第一中学", 2025, UNIT, totals("150")))))
                    .isEmpty();
            assertThat(rule.check(region(roster, budget("d.pdf", "某区教育局", 2025, DEPT, totals("300")),
                    budget("u1.pdf", "某区教育局", 2025, UNIT, totals("100"))))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("未与所属单位合计核对", "某区第一中学"));
        }
    }

    @Nested
    class SameFiles {
        @Test
        void flagsOneFileUnderTwoDepartments() {
            Filed a = new Filed("某区教育局/2025.pdf", "same", null, "某区教育局", 2025, org.gongkai.core.budget.DisclosureKind.BUDGET, DEPT, null);
            Filed b = new Filed("某区卫生健康委员会/2025.pdf", "same", null, "某区教育局", 2025, org.gongkai.core.budget.DisclosureKind.BUDGET, DEPT, null);
            Filed c = new Filed("某区卫生健康委员会/2025b.pdf", "other", null, "某区卫生健康委员会", 2025, org.gongkai.core.budget.DisclosureKind.BUDGET, DEPT, null);
            assertThat(new SameDocumentUnderTwoDepartments().check(region(a, b, c))).singleElement()
                    .satisfies(f -> assertThat(f.files()).containsExactlyInAnyOrder(a.file(), b.file()));
            assertThat(new SameDocumentUnderTwoDepartments().check(region(a, c))).isEmpty();
        }

        @Test
        void flagsTheSameTablesUnderTwoDepartmentsButNotADepartmentsTwoPackages() {
            RegionRule rule = new SameTablesUnderTwoDepartments();
            assertThat(rule.check(region(budget("a.pdf", "某区教育局", 2025, DEPT, tables("t1")),
                    budget("b.pdf", "某区卫生健康委员会", 2025, DEPT, tables("t1"))))).hasSize(1);
            assertThat(rule.check(region(budget("a.pdf", "某区教育局", 2025, DEPT, tables("t1")),
                    budget("b.pdf", "某区教育局", 2025, UNIT, tables("t1"))))).isEmpty();
        }
    }

    @Nested
    class WhereFiled {
        RegionRule rule = new ContentMatchesWhereFiled();

        @Test
        void flagsA2022AccountsFiledAsA2026Budget() {
            assertThat(rule.check(region(accounts("市统计局/2026年部门预算.pdf", "市统计局", 2022, balances(null, null))))).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("2026 年", "2022 年", "标为预算", "决算"));
        }

        @Test
        void passesADocumentFiledAsWhatItIs() {
            assertThat(rule.check(region(budget("市统计局/2026年部门预算.pdf", "市统计局", 2026, DEPT, null)))).isEmpty();
        }
    }

    @Nested
    class RosterRules {
        Roster roster = roster("编码,名称,级次,上级编码,预算批复日期\nP1,某区教育局,部门,,2025-01-20\nP11,某区第一中学,单位,P1,\nP2,某区财政局,部门,,2025-01-20\n");

        @Test
        void flagsTheMissingDepartmentUnitAndTheDocumentOffTheRoster() {
            Region region = region(roster, budget("d.pdf", "某区教育局", 2025, DEPT, null), budget("x.pdf", "某区体育局", 2025, DEPT, null));
            assertThat(new RosterEntryPublished().check(region)).extracting(RegionFinding::department).containsExactly("某区财政局");
            assertThat(new UnitsPublishedUnderDepartment().check(region)).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("某区第一中学", "某区教育局"));
            assertThat(new DocumentOnRoster().check(region)).singleElement().satisfies(f -> assertThat(f.files()).containsExactly("x.pdf"));
        }

        @Test
        void passesWhenEveryonePublished() {
            Region region = region(roster, budget("d.pdf", "某区教育局", 2025, DEPT, null), budget("u.pdf", "某区第一中学", 2025, UNIT, null),
                    budget("f.pdf", "上海市某区财政局", 2025, DEPT, null));
            assertThat(List.of(new RosterEntryPublished(), new UnitsPublishedUnderDepartment(), new DocumentOnRoster(), new PublishedOnTime()))
                    .allSatisfy(rule -> assertThat(rule.check(region)).isEmpty());
        }
    }
}
