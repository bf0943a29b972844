package org.gongkai.core.tables;

/**
 * A table does not have a column: a region that does not print it (江苏's 功能分类 table has no 基本/项目 columns).
 * A check that needs the column has nothing to check there.
 */
public final class MissingColumnException extends IllegalArgumentException {

    public MissingColumnException(String message) {
        super(message);
    }
}
