package org.gongkai.core.budget;

/** Basic expenditure is either 人员经费 or 公用经费. */
public enum BasicCostKind {
    PERSONNEL, PUBLIC
}
