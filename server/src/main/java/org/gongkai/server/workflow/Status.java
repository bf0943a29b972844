package org.gongkai.server.workflow;

/** Where a disclosure version stands. */
public enum Status {
    DRAFT("草稿"), SUBMITTED("已提交"), RETURNED("已退回"), APPROVED("已审核"), PUBLISHED("已公开");

    private final String chinese;

    Status(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
