package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.ThreePublicPart;

/** R-TXT-14: the stated 公务接待费 equals the data, this year and last year. */
public final class ReceptionStated extends ThreePublicStated {

    public ReceptionStated() {
        super("R-TXT-14", ThreePublicPart.RECEPTION, "说明中“三公”经费公务接待费（本年及上年）为 310.00万元，但表内数据为 318.88 万元");
    }
}
