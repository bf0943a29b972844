package org.gongkai.core.rules.perf;

/** R-PERF-02: each project's table has 效益指标 (or 效果指标). */
public final class HasEffectIndicators extends HasIndicatorsOfLevel {

    public HasEffectIndicators() {
        super("R-PERF-02", "效益（效果）", "效益|效果");
    }
}
