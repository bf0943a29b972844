package org.gongkai.core.rules.perf;

/** R-PERF-03: each project's table has 满意度指标. */
public final class HasSatisfactionIndicators extends HasIndicatorsOfLevel {

    public HasSatisfactionIndicators() {
        super("R-PERF-03", "满意度", "满意度");
    }
}
