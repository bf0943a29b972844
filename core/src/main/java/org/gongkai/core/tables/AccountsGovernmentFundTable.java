package org.gongkai.core.tables;

import org.gongkai.core.budget.FundingSource;

/** 决算 table 7, 政府性基金预算财政拨款收入支出决算表. */
public final class AccountsGovernmentFundTable extends AccountsFundTable {

    public AccountsGovernmentFundTable() {
        super("ACCOUNTS_GOVERNMENT_FUND", FundingSource.GOVERNMENT_FUND, "注：本年度没有政府性基金预算财政拨款收入和支出，故本表无数据。");
    }

    @Override
    public StandardTable kind() {
        return StandardTable.ACCOUNTS_GOVERNMENT_FUND;
    }
}
