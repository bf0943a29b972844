package org.gongkai.io.importing;

/**
 * A published disclosure that is not a budget — a 部门决算 — recognised as what it is: whose, which year, which level,
 * so that a report can name it instead of scoring it as a budget with nine missing tables.
 */
public final class NotABudgetException extends ImportException {

    private final transient DocumentFacts facts;

    NotABudgetException(String message, DocumentFacts facts) {
        super(message);
        this.facts = facts;
    }

    public DocumentFacts facts() {
        return facts;
    }
}
