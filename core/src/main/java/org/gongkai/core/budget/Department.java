package org.gongkai.core.budget;

/** The department (部门) publishing the budget: its code (e.g. "430") and name. */
public record Department(String code, String name) {

    public Department {
        code = Text.required(code, "department.code");
        name = Text.required(name, "department.name");
        if (!code.matches("\\d{3,9}")) {
            throw new IllegalArgumentException("department.code 部门编码应为3至9位数字，实际为 \"" + code + "\"");
        }
    }
}
