package org.gongkai.core.budget;

/** The expenditure columns of 部门预算支出总表. */
public enum ExpenditureKind {
    BASIC, PROJECT, OPERATING, REMIT_TO_SUPERIOR, SUBSIDY_TO_AFFILIATES
}
