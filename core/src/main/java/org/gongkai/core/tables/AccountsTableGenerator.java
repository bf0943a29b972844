package org.gongkai.core.tables;

import org.gongkai.core.accounts.FinalAccounts;
import org.gongkai.core.classification.YearCatalog;

/** Makes one of the nine 决算 tables from final accounts whose codes conform to the year's catalog. */
public interface AccountsTableGenerator {

    StandardTable kind();

    StatementTable generate(FinalAccounts accounts, YearCatalog catalog);
}
