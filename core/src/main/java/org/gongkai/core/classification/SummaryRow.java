package org.gongkai.core.classification;

import java.util.Optional;

/** One expenditure row of 部门预算收支总表: a function class, or a row the template lists without a code. */
public record SummaryRow(FunctionCode classCode, String label) {

    public Optional<FunctionCode> code() {
        return Optional.ofNullable(classCode);
    }
}
