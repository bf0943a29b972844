package org.gongkai.core.rules.cat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.ExpenditureKind;
import org.gongkai.core.budget.ExpenditureLine;
import org.gongkai.core.budget.ValidPackages;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.junit.jupiter.api.Test;

/** R-CAT-09: the 支出总表's 行政运行 row (2010101, 2011301 …) is basic spending; it does not carry all of the projects. */
class AdministrationRowCarriesNoProjectsTest {

    private static final DepartmentBudget MODEL = ValidPackages.random(20231124L, 60);

    private static List<Finding> findings(DepartmentBudget model) {
        return new AdministrationRowCarriesNoProjects().check(Disclosure.generated(model, ClassificationCatalog.builtIn()));
    }

    /** Every project line booked under 2011301 行政运行 (商贸事务), as a shifted column in a real 支出总表 would show. */
    private static DepartmentBudget allProjectsUnder(String code) {
        return MODEL.toBuilder().expenditures(MODEL.expenditures().stream().map(line -> line.kind() == ExpenditureKind.PROJECT
                ? new ExpenditureLine(FunctionCode.of(code), line.kind(), line.source(), line.carriedOver(), line.amount()) : line)
                .toList()).build();
    }

    @Test
    void aAdministrationRowCarryingEveryProjectIsFound() {
        assertThat(findings(allProjectsUnder("2011301"))).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("行政运行的项目支出").contains("应为基本支出"));
    }

    @Test
    void projectsUnderTheirOwnItemsAreNoFinding() {
        // 普陀区商务委 2025: 2011301 行政运行 basic only, the projects under 2011302 一般行政管理事务 and others.
        assertThat(findings(MODEL)).isEmpty();
        assertThat(findings(allProjectsUnder("2011302"))).isEmpty();
    }
}
