package org.gongkai.server.security;

/** 部门填报 edits its own department, 财政审核 reviews its region, 管理员 administers; the public is anonymous. */
public enum Role {
    DEPARTMENT("部门填报"), REVIEWER("财政审核"), ADMIN("管理员");

    private final String chinese;

    Role(String chinese) {
        this.chinese = chinese;
    }

    /** The role's name as users read it. */
    public String chinese() {
        return chinese;
    }
}
