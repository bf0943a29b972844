package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.ThreePublicPart;

/** R-TXT-11: the stated 公务用车购置及运行（维护）费 equals the data, this year and last year. */
public final class VehicleStated extends ThreePublicStated {

    public VehicleStated() {
        super("R-TXT-11", ThreePublicPart.VEHICLE, "说明中“三公”经费公务用车购置及运行维护费（本年及上年）为 50.00万元，但表内数据为 55.58 万元");
    }
}
