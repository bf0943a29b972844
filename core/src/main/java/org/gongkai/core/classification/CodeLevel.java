package org.gongkai.core.classification;

/** The three levels of a classification code: 类, 款, 项. */
public enum CodeLevel {
    CLASS("类"), SECTION("款"), ITEM("项");

    private final String chinese;

    CodeLevel(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
