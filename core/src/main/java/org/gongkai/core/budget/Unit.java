package org.gongkai.core.budget;

/** One unit (单位) of the department, as listed under 机构设置: name, 性质, 规格, 经费保障形式. */
public record Unit(String code, String name, String nature, String rank, String fundingForm) {

    public Unit {
        code = Text.optional(code);
        name = Text.required(name, "name");
        nature = Text.optional(nature);
        rank = Text.optional(rank);
        fundingForm = Text.optional(fundingForm);
    }
}
