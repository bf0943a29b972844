package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.ThreePublicPart;

/** R-TXT-10: the stated 因公出国（境）费 equals the data, this year and last year. */
public final class AbroadStated extends ThreePublicStated {

    public AbroadStated() {
        super("R-TXT-10", ThreePublicPart.ABROAD, "说明中“三公”经费因公出国（境）费（本年及上年）为 20.00万元，但表内数据为 25.00 万元");
    }
}
