package org.gongkai.core.classification;

/** Budget years in which a catalog entry is in force; {@code null} bounds are open. */
public record YearRange(Integer from, Integer to) {

    public static final YearRange ALWAYS = new YearRange(null, null);

    public YearRange {
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("起始年度 " + from + " 晚于截止年度 " + to);
        }
    }

    public boolean contains(int year) {
        return (from == null || year >= from) && (to == null || year <= to);
    }
}
