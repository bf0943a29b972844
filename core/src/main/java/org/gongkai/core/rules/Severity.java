package org.gongkai.core.rules;

/** How bad a finding is: an ERROR blocks submission, a WARNING needs an explanation, INFO is advice. */
public enum Severity {
    ERROR("错误"), WARNING("警告"), INFO("提示");

    private final String chinese;

    Severity(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
