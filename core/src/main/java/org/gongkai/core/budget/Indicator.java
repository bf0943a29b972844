package org.gongkai.core.budget;

/** One row of a 绩效目标表: 一级/二级/三级指标, 指标描述, 指标值 (as written, e.g. "≥95%"), 指标值确定依据. */
public record Indicator(String level1, String level2, String level3, String description, String value, String basis) {

    public Indicator {
        level1 = Text.optional(level1);
        level2 = Text.optional(level2);
        level3 = Text.optional(level3);
        description = Text.optional(description);
        value = Text.optional(value);
        basis = Text.optional(basis);
        if (level3 == null && description == null) {
            throw new IllegalArgumentException("level3/description 三级指标与指标描述不能都为空");
        }
    }
}
