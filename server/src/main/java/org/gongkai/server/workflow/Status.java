package org.gongkai.server.workflow;

/** Where a disclosure version stands. */
public enum Status {
    DRAFT("草稿"), SUBMITTED("已提交"), RETURNED("已退回"), APPROVED("已审核"), PUBLISHED("已公开"),
    /** An open version that an older server let exist beside a newer one, withdrawn when the database was upgraded. */
    WITHDRAWN("已撤销");

    private final String chinese;

    Status(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
