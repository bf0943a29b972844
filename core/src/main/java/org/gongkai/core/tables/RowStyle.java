package org.gongkai.core.tables;

/** How a row is shown: roll-up rows (合计, 类, 款) are styled apart from 项 rows. */
public enum RowStyle {
    TOTAL, CLASS, SECTION, ITEM, PLAIN
}
