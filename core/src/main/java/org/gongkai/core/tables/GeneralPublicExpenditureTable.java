package org.gongkai.core.tables;

import org.gongkai.core.budget.FundingSource;

/** Table 5, 部门预算一般公共预算财政拨款支出表. */
public final class GeneralPublicExpenditureTable extends FiscalSourceExpenditureTable {

    public GeneralPublicExpenditureTable() {
        super(FundingSource.GENERAL_PUBLIC_BUDGET, "一般公共预算财政拨款");
    }

    @Override
    public StandardTable kind() {
        return StandardTable.GENERAL_PUBLIC_EXPENDITURE;
    }
}
