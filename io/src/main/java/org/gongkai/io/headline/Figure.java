package org.gongkai.io.headline;

import java.math.BigDecimal;
import java.util.List;

/**
 * A headline figure as believed: the value (null when nothing was read, or when the readings could not be reconciled),
 * how sure the reading is, every piece of evidence, and, when readings disagree or an identity fails, why.
 */
public record Figure(Subject subject, BigDecimal value, Confidence confidence, List<Evidence> evidence, String doubt) {

    /** HIGH: two independent readings or a holding identity agree; SINGLE: one reading; DOUBTFUL: see {@code doubt}. */
    public enum Confidence { HIGH, SINGLE, DOUBTFUL, NONE }

    public Figure {
        evidence = List.copyOf(evidence);
    }

    static Figure none(Subject subject) {
        return new Figure(subject, null, Confidence.NONE, List.of(), null);
    }

    Figure doubted(BigDecimal trusted, String why) {
        String joined = doubt == null ? why : doubt + "；" + why;
        return new Figure(subject, trusted, Confidence.DOUBTFUL, evidence, joined);
    }

    Figure confirmed() {
        return confidence == Confidence.SINGLE ? new Figure(subject, value, Confidence.HIGH, evidence, doubt) : this;
    }
}
