package org.gongkai.server.search;

import java.math.BigDecimal;

/**
 * One result: what matched, in which department-year, where it is, the address of the exact row or section, and the
 * amount it stands for in 万元 (null when it has none: a department without a stated total).
 */
public record SearchHit(String kind, String text, String department, int year, String where, String link,
                        String departmentCode, BigDecimal amount) {

    public SearchHit(String kind, String text, String department, int year, String where, String link) {
        this(kind, text, department, year, where, link, null, null);
    }
}
