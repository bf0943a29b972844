package org.gongkai.server.workflow;

/** What can be done to a disclosure version, with its name in messages. */
public enum Action {
    EDIT("修改"), SUBMIT("提交"), RETURN("退回"), APPROVE("审核通过"), PUBLISH("公开"), CORRECT("更正");

    private final String chinese;

    Action(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
