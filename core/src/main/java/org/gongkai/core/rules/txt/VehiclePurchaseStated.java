package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.ThreePublicPart;

/** R-TXT-12: the stated 公务用车购置费 equals the data, this year and last year. */
public final class VehiclePurchaseStated extends ThreePublicStated {

    public VehiclePurchaseStated() {
        super("R-TXT-12", ThreePublicPart.VEHICLE_PURCHASE, "说明中“三公”经费公务用车购置费（本年及上年）为 30.00万元，但表内数据为 0.00 万元");
    }
}
