package org.gongkai.core.tables;

import org.gongkai.core.budget.FundingSource;

/** 决算 table 8, 国有资本经营预算财政拨款收入支出决算表. */
public final class AccountsStateCapitalTable extends AccountsFundTable {

    public AccountsStateCapitalTable() {
        super("ACCOUNTS_STATE_CAPITAL", FundingSource.STATE_CAPITAL, "注：本年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。");
    }

    @Override
    public StandardTable kind() {
        return StandardTable.ACCOUNTS_STATE_CAPITAL;
    }
}
