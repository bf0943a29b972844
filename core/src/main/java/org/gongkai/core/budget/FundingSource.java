package org.gongkai.core.budget;

/**
 * Where money comes from. The constants are the income types of the catalog (names live there);
 * the group is what the tables aggregate by (财政拨款, 财政专户, 单位资金).
 */
public enum FundingSource {
    GENERAL_PUBLIC_BUDGET(Group.FISCAL_APPROPRIATION),
    GOVERNMENT_FUND(Group.FISCAL_APPROPRIATION),
    STATE_CAPITAL(Group.FISCAL_APPROPRIATION),
    FISCAL_SPECIAL_ACCOUNT(Group.FISCAL_SPECIAL_ACCOUNT),
    PUBLIC_SERVICE_INCOME(Group.UNIT_FUNDS),
    OPERATING_INCOME(Group.UNIT_FUNDS),
    SUPERIOR_SUBSIDY(Group.UNIT_FUNDS),
    AFFILIATE_REMITTANCE(Group.UNIT_FUNDS),
    OTHER_INCOME(Group.UNIT_FUNDS);

    /** 一般公共预算 / 政府性基金 / 国有资本经营 are 财政拨款; 财政专户; the rest are 单位资金. */
    public enum Group { FISCAL_APPROPRIATION, FISCAL_SPECIAL_ACCOUNT, UNIT_FUNDS }

    private final Group group;

    FundingSource(Group group) {
        this.group = group;
    }

    public Group group() {
        return group;
    }

    public boolean isFiscalAppropriation() {
        return group == Group.FISCAL_APPROPRIATION;
    }
}
