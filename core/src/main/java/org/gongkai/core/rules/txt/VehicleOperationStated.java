package org.gongkai.core.rules.txt;

import org.gongkai.core.narrative.ThreePublicPart;

/** R-TXT-13: the stated 公务用车运行（维护）费 equals the data, this year and last year. */
public final class VehicleOperationStated extends ThreePublicStated {

    public VehicleOperationStated() {
        super("R-TXT-13", ThreePublicPart.VEHICLE_OPERATION, "说明中“三公”经费公务用车运行维护费（本年及上年）为 50.00万元，但表内数据为 55.58 万元");
    }
}
