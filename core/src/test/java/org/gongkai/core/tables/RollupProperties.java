package org.gongkai.core.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gongkai.core.budget.Budgets;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.classification.ClassificationCatalog;

/** Roll-ups hold for any model: 类 = Σ 款 = Σ 项, 合计 = Σ rows, and the tables agree with each other. */
class RollupProperties {

    private static final ClassificationCatalog CATALOG = ClassificationCatalog.builtIn();

    @Property(tries = 200)
    void everyClassRowIsTheSumOfItsSectionsAndEverySectionOfItsItems(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int lines, @ForAll @IntRange(min = 2018, max = 2025) int year) {
        DepartmentBudget budget = Budgets.randomBalanced(seed, lines, year);
        for (StandardTable kind : List.of(StandardTable.INCOME, StandardTable.EXPENDITURE,
                StandardTable.GENERAL_PUBLIC_EXPENDITURE, StandardTable.GENERAL_PUBLIC_BASIC)) {
            StatementTable table = StandardTables.generate(kind, budget, CATALOG);
            assertParentsAreSumsOfChildren(table);
        }
    }

    @Property(tries = 200)
    void everyColumnTotalIsTheSumOfItsClassRows(@ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int lines) {
        DepartmentBudget budget = Budgets.randomBalanced(seed, lines, 2023);
        for (StandardTable kind : List.of(StandardTable.INCOME, StandardTable.EXPENDITURE,
                StandardTable.GENERAL_PUBLIC_EXPENDITURE, StandardTable.GENERAL_PUBLIC_BASIC)) {
            StatementTable table = StandardTables.generate(kind, budget, CATALOG);
            if (table.shownEmpty()) {
                continue;
            }
            TableRow total = table.row(1);
            List<TableRow> classes = table.rows().stream().filter(r -> r.style() == RowStyle.CLASS).toList();
            for (int c = 2; c < table.columns().size(); c++) {
                assertThat(sum(classes, c)).as("%s %s", table.title(), table.columns().get(c).name())
                        .isEqualByComparingTo(total.amount(c));
            }
        }
    }

    @Property(tries = 200)
    void incomeAndExpenditureTablesAgreeWithTheSummaryWhenTheModelBalances(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int lines) {
        DepartmentBudget budget = Budgets.randomBalanced(seed, lines, 2023);
        List<StatementTable> tables = StandardTables.generateAll(budget, CATALOG);
        StatementTable summary = tables.get(0);
        BigDecimal incomeTotal = tables.get(1).row(1).amount(2);
        BigDecimal expenditureTotal = tables.get(2).row(1).amount(2);
        int rows = summary.rows().size();
        assertThat(incomeTotal).isEqualByComparingTo(expenditureTotal);
        assertThat(summary.row(rows - 2).amount(1).add(summary.row(rows - 1).amount(1)))
                .as("本年收入合计 + 上年结转结余 = 收入总计").isEqualByComparingTo(summary.row(rows).amount(1));
        assertThat(summary.row(rows).amount(1)).as("收入总计 = 支出总计").isEqualByComparingTo(summary.row(rows).amount(3));
        assertThat(sum(summary.rows().subList(0, rows - 3), 3)).as("Σ classes = 本年支出合计")
                .isEqualByComparingTo(summary.row(rows - 2).amount(3));
        assertThat(expenditureTotal).as("表3合计 = 表1本年支出合计").isEqualByComparingTo(summary.row(rows - 2).amount(3));
    }

    @Property(tries = 200)
    void fiscalSummaryGeneralPublicColumnEqualsTableFive(@ForAll long seed, @ForAll @IntRange(min = 1, max = 120) int lines) {
        DepartmentBudget budget = Budgets.randomBalanced(seed, lines, 2023);
        List<StatementTable> tables = StandardTables.generateAll(budget, CATALOG);
        StatementTable fiscal = tables.get(3);
        StatementTable generalPublic = tables.get(4);
        BigDecimal column = sum(fiscal.rows().subList(0, fiscal.rows().size() - 6), 4);
        BigDecimal tableFive = generalPublic.shownEmpty() ? BigDecimal.ZERO : generalPublic.row(1).amount(2);
        assertThat(column).isEqualByComparingTo(tableFive);
        TableRow spent = fiscal.rows().get(fiscal.rows().size() - 6);
        assertThat(spent.cell(2).display()).isEqualTo("本年支出合计");
        assertThat(spent.amount(4)).isEqualByComparingTo(tableFive);
    }

    private static void assertParentsAreSumsOfChildren(StatementTable table) {
        List<TableRow> coded = table.rows().stream().filter(r -> r.style() != RowStyle.TOTAL).toList();
        for (TableRow parent : coded) {
            String code = parent.cell(0).display();
            List<TableRow> children = coded.stream().filter(r -> isChild(code, r.cell(0).display())).toList();
            if (children.isEmpty()) {
                assertThat(parent.style()).as("%s %s has no children", table.title(), code).isEqualTo(RowStyle.ITEM);
                continue;
            }
            for (int c = 2; c < table.columns().size(); c++) {
                assertThat(sum(children, c)).as("%s %s column %s", table.title(), code, table.columns().get(c).name())
                        .isEqualByComparingTo(parent.amount(c));
            }
        }
    }

    private static boolean isChild(String parent, String candidate) {
        return candidate.length() == parent.length() + 2 && candidate.startsWith(parent);
    }

    private static BigDecimal sum(List<TableRow> rows, int column) {
        return rows.stream().map(r -> r.amount(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
