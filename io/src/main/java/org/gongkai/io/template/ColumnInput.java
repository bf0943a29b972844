package org.gongkai.io.template;

/**
 * What a template column holds. The writer gives each kind its drop-down, prompt and formula, the reader reads each
 * kind the same way, so what the workbook suggests and what the upload accepts cannot drift apart.
 */
public enum ColumnInput {
    /** Free text. */
    TEXT,
    /** One of the column's choices, from a drop-down. */
    CHOICE,
    /** A 项-level code of the year's 支出功能分类, as 「2010101 行政运行」 or 「2010101」. */
    FUNCTION_CODE,
    /** A 款-level code of the year's 部门支出经济分类, as 「30101 基本工资」 or 「30101」. */
    ECONOMIC_CODE,
    /** The official name of the code to the left, shown by a formula; never read back (the code decides). */
    CODE_NAME,
    /** An amount in 万元, at most six decimals, not negative; 「120万」 and 「1,200.50」 are read too. */
    MONEY,
    /** A value in 万元 kept to whatever decimals a register gives (asset values), not negative. */
    VALUE,
    /** A count or quantity, not negative. */
    NUMBER,
    /** A whole number of things (vehicles, delegations, persons), not negative. */
    COUNT,
    /** A percentage as a number (30 for 30%), not negative; 「30%」 is read too. */
    PERCENT
}
