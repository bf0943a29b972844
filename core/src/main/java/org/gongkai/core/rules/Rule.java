package org.gongkai.core.rules;

import java.util.List;

/**
 * One check of a disclosure. A rule never throws for a failed check: it returns findings, an empty list
 * when all is well, and stays silent where the disclosure lacks what it would check (another rule reports
 * the absence).
 */
public interface Rule {

    /** Stable id, e.g. {@code R-SUM-03}: family and number. */
    String id();

    Severity severity();

    /** What must hold, in Chinese, for the catalogue. */
    String description();

    /** A sample finding message, for the catalogue. */
    String example();

    List<Finding> check(Disclosure disclosure);
}
