package org.gongkai.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gongkai.core.budget.FundingSource;
import org.gongkai.core.budget.Money;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;
import org.gongkai.core.tables.AccountsTables;
import org.gongkai.core.tables.StandardTable;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/** Final accounts on random models: the nine tables roll up, and the 决算 agrees with the budget it executed. */
class AccountsProperties {

    private static final ClassificationCatalog CATALOG = ClassificationCatalog.builtIn();

    @Property(tries = 150)
    void finalAccountsGeneratedFromAValidModelRaiseNoErrorOrWarning(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int lines) {
        ValidAccounts.Pair pair = ValidAccounts.random(seed, lines);
        Disclosure disclosure = Disclosure.generated(pair.accounts(), CATALOG).againstPublishedBudget(pair.budget());
        List<Finding> findings = RuleRegistry.check(disclosure);
        assertThat(findings).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
    }

    @Property(tries = 150)
    void theNineTablesRollUpToTheAccountsTotals(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int lines) {
        FinalAccounts accounts = ValidAccounts.random(seed, lines).accounts();
        List<StatementTable> tables = AccountsTables.generateAll(accounts, CATALOG);
        assertThat(tables).extracting(StatementTable::kind).containsExactlyElementsOf(StandardTable.of(org.gongkai.core.budget.DisclosureKind.FINAL_ACCOUNTS));

        StatementTable summary = tables.get(0);
        TableRow grand = summary.rows().get(summary.rows().size() - 1);
        assertThat(grand.amount(1)).isEqualByComparingTo(accounts.incomeTotal().add(accounts.balances().openingTotal()));
        assertThat(grand.amount(3)).isEqualByComparingTo(grand.amount(1));

        StatementTable expenditure = tables.get(2);
        TableRow total = TableQueries.totalRow(expenditure).orElseThrow();
        assertThat(total.amount(2)).isEqualByComparingTo(accounts.expenditureTotal());
        assertThat(total.amount(3).add(total.amount(4))).isEqualByComparingTo(accounts.figures().basic().add(accounts.figures().project()));
        BigDecimal classes = TableQueries.codeRows(expenditure).stream().filter(r -> TableQueries.code(r).orElseThrow().length() == 3)
                .map(r -> r.amount(2)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(classes).isEqualByComparingTo(accounts.expenditureTotal());

        StatementTable general = tables.get(4);
        BigDecimal generalSpent = accounts.spent(l -> l.source() == FundingSource.GENERAL_PUBLIC_BUDGET);
        assertThat(TableQueries.totalRow(general).map(r -> r.amount(2)).orElse(Money.ZERO)).isEqualByComparingTo(generalSpent);

        StatementTable basic = tables.get(5);
        BigDecimal halves = basic.rows().isEmpty() ? Money.ZERO
                : basic.rows().get(basic.rows().size() - 1).amount(2).add(basic.rows().get(basic.rows().size() - 1).amount(5));
        assertThat(halves).isEqualByComparingTo(Money.sum(accounts.actuals().basicEconomic(), org.gongkai.core.budget.BasicEconomicLine::amount));
    }

    @Property(tries = 100)
    void aYearStartBudgetThatIsNotThePublishedOneIsFoundAtItsItem(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int lines,
                                                                 @ForAll @IntRange(min = 1, max = 100000) int cents) {
        ValidAccounts.Pair pair = ValidAccounts.random(seed, lines);
        FinalAccounts accounts = pair.accounts();
        net.jqwik.api.Assume.that(!accounts.budgeted().isEmpty());
        List<BudgetedLine> budgeted = new ArrayList<>(accounts.budgeted());
        BudgetedLine changed = budgeted.get(Math.floorMod(seed, budgeted.size()));
        budgeted.set(budgeted.indexOf(changed), new BudgetedLine(changed.functionCode(), changed.kind(), changed.source(),
                changed.initial().add(BigDecimal.valueOf(cents, 2)), changed.adjusted()));
        FinalAccounts altered = new FinalAccounts(accounts.actuals(), budgeted, accounts.balances(), accounts.threePublicBudget(),
                accounts.threePublicCounts(), accounts.procurement(), accounts.evaluations());

        List<Finding> findings = RuleRegistry.check(Disclosure.generated(altered, CATALOG).againstPublishedBudget(pair.budget()));
        assertThat(findings).filteredOn(f -> f.rule().equals("R-ACC-12")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith(changed.functionCode().value()));
        assertThat(RuleRegistry.check(Disclosure.generated(accounts, CATALOG).againstPublishedBudget(pair.budget())))
                .noneMatch(f -> f.rule().equals("R-ACC-12"));
    }
}
