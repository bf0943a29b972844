package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.ThreePublicPart;

/** R-TXT-09: the stated "三公" total equals the data, this year and last year. */
public final class ThreePublicTotalStated extends ThreePublicStated {

    public ThreePublicTotalStated() {
        super("R-TXT-09", ThreePublicPart.TOTAL, "说明中“三公”经费合计（本年及上年）为 370.00万元，但表内数据为 374.46 万元");
    }
}
