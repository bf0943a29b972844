package org.gongkai.server;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test classes share one database, which allows one open version and one current publication per department-year. */
public final class DepartmentYears {

    private DepartmentYears() {
    }

    /**
     * Lets a test start a department's year afresh: its open versions are withdrawn and its publications stop being
     * current (the database allows one of each per department-year, and test classes share one database).
     */
    public static void startAfresh(JdbcClient jdbc, String department) {
        withdrawOpen(jdbc, department);
        jdbc.sql("update disclosure set superseded = true where department_code = ? and status = 'PUBLISHED'")
                .param(department).update();
    }

    /** Withdraws a department's open versions so that a test may open its own (one open version per department-year). */
    public static void withdrawOpen(JdbcClient jdbc, String department) {
        jdbc.sql("update disclosure set status = 'WITHDRAWN' where department_code = ? "
                + "and status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')").param(department).update();
    }

}
