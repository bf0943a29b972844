package org.gongkai.io.headline;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One reading of a headline figure: its value in 万元 (exact as printed), where it was read and how.
 *
 * @param where the place in the document: file and page, as the reader named it
 * @param how   which table, row and column, or which sentence
 * @param labelled whether the row it was read from is named (by its label or code): a figure of a table's first row,
 *                 taken for the total because no row says 合计, is the weaker reading
 */
public record Evidence(Subject subject, BigDecimal value, Source source, String where, String how, boolean labelled) {

    /** What gave the reading: a printed table or a sentence of the explanation. */
    public enum Source {
        TABLE("表格"), STATEMENT("说明文字");

        private final String chinese;

        Source(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    public Evidence {
        Objects.requireNonNull(subject);
        Objects.requireNonNull(value);
        Objects.requireNonNull(source);
    }

    public Evidence(Subject subject, BigDecimal value, Source source, String where, String how) {
        this(subject, value, source, where, how, true);
    }

    /** An amount as the summary gives it: no trailing zeros beyond the 分, at least two decimals (12.3 → 12.30). */
    static BigDecimal atLeastTwoDecimals(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() < 2 ? plain.setScale(2) : plain;
    }

    /**
     * Whether two readings are the same figure: equal, or equal at the coarser one's printed precision (a sentence's
     * 9101.68 万元 is a table's 91,016,775.35 元).
     */
    public boolean agrees(BigDecimal other) {
        int scale = Math.min(Math.max(value.scale(), 0), Math.max(other.scale(), 0));
        BigDecimal tolerance = BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2)).add(BigDecimal.ONE.movePointLeft(scale + 4));
        return value.subtract(other).abs().compareTo(tolerance) <= 0;
    }

    /** "第5页 表「收支预算总表」行「支出总计」栏「预算数」" — the evidence a reader can check. */
    public String describe() {
        return source.chinese() + "：" + (where == null || where.isBlank() ? "" : where + " ") + how;
    }
}
