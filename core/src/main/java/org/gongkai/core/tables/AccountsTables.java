package org.gongkai.core.tables;

import java.util.List;
import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.budget.CatalogConformance;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.classification.YearCatalog;

/** The nine 决算 generators in their official order, and the one call that makes all tables of final accounts. */
public final class AccountsTables {

    private static final List<AccountsTableGenerator> GENERATORS = List.of(
            new AccountsSummaryTable(), new AccountsIncomeTable(), new AccountsExpenditureTable(), new AccountsFiscalSummaryTable(),
            new AccountsGeneralPublicExpenditureTable(), new AccountsGeneralPublicBasicTable(), new AccountsGovernmentFundTable(),
            new AccountsStateCapitalTable(), new AccountsThreePublicTable());

    private AccountsTables() {
    }

    public static List<AccountsTableGenerator> generators() {
        return GENERATORS;
    }

    /**
     * All nine 决算 tables, in order.
     *
     * @throws org.gongkai.core.budget.InvalidModelException when a code is missing from the year's catalog
     */
    public static List<StatementTable> generateAll(FinalAccounts accounts, ClassificationCatalog catalog) {
        new CatalogConformance(catalog).requireConforming(accounts.actuals(), "决算模型");
        YearCatalog year = catalog.forYear(accounts.year());
        return GENERATORS.stream().map(generator -> generator.generate(accounts, year)).toList();
    }
}
