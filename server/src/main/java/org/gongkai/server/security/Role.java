package org.gongkai.server.security;

/** 部门填报 edits its own department, 财政审核 reviews its region, 管理员 administers; the public is anonymous. */
public enum Role {
    DEPARTMENT, REVIEWER, ADMIN
}
