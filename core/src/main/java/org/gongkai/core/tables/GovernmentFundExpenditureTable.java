package org.gongkai.core.tables;

import org.gongkai.core.budget.FundingSource;

/** Table 7, 部门预算政府性基金预算财政拨款支出表. */
public final class GovernmentFundExpenditureTable extends FiscalSourceExpenditureTable {

    public GovernmentFundExpenditureTable() {
        super(FundingSource.GOVERNMENT_FUND, "政府性基金预算财政拨款");
    }

    @Override
    public StandardTable kind() {
        return StandardTable.GOVERNMENT_FUND_EXPENDITURE;
    }
}
