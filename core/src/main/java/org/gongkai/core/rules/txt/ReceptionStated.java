package org.gongkai.core.rules.txt;

import org.gongkai.core.budget.ThreePublicAmounts;

/** R-TXT-14: the stated 公务接待费 equals the data, this year and last year. */
public final class ReceptionStated extends ThreePublicStated {

    public ReceptionStated() {
        super("R-TXT-14", "公务接待费", "说明中“三公”经费公务接待费（本年及上年）为 310.00万元，但表内数据为 318.88 万元",
                "公务接待(费|经费)?(为|是)?$", null, ThreePublicAmounts::reception);
    }
}
