package org.gongkai.core.rules.perf;

/** R-PERF-01: each project's table has 产出指标. */
public final class HasOutputIndicators extends HasIndicatorsOfLevel {

    public HasOutputIndicators() {
        super("R-PERF-01", "产出", "产出");
    }
}
