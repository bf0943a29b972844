package org.gongkai.core.tables;

import org.gongkai.core.budget.FundingSource;

/** Table 8, 部门预算国有资本经营预算财政拨款支出表. */
public final class StateCapitalExpenditureTable extends FiscalSourceExpenditureTable {

    public StateCapitalExpenditureTable() {
        super(FundingSource.STATE_CAPITAL, "国有资本经营预算财政拨款");
    }

    @Override
    public StandardTable kind() {
        return StandardTable.STATE_CAPITAL_EXPENDITURE;
    }
}
