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

    /**
     * Takes a department's year off the portal again when a test is done with it: its publications stop being current
     * and the portal hears of it as of a publication. Test classes share one server, and a test's year newer than the
     * samples' would otherwise become the portal's default year in every test after it.
     */
    public static void offThePortal(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events, String department,
                                    int year) {
        startAfresh(jdbc, department);
        events.publishEvent(new org.gongkai.server.workflow.Published(department, year, 0));
    }

    /** Withdraws a department's open versions so that a test may open its own (one open version per department-year). */
    public static void withdrawOpen(JdbcClient jdbc, String department) {
        jdbc.sql("update disclosure set status = 'WITHDRAWN' where department_code = ? "
                + "and status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')").param(department).update();
    }

}
