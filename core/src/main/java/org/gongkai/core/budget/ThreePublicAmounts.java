package org.gongkai.core.budget;

import java.math.BigDecimal;

/**
 * "三公" 经费 parts: 因公出国（境）(教学科研人员 and 其他), 公务用车购置, 公务用车运行维护, 公务接待.
 * A null part means the source does not state it; sums count it as zero.
 */
public record ThreePublicAmounts(BigDecimal abroadTeaching, BigDecimal abroadOther, BigDecimal vehiclePurchase,
                                 BigDecimal vehicleOperation, BigDecimal reception) {

    public static final ThreePublicAmounts NONE = new ThreePublicAmounts(null, null, null, null, null);

    public ThreePublicAmounts {
        abroadTeaching = Money.normalize(abroadTeaching, "abroadTeaching");
        abroadOther = Money.normalize(abroadOther, "abroadOther");
        vehiclePurchase = Money.normalize(vehiclePurchase, "vehiclePurchase");
        vehicleOperation = Money.normalize(vehicleOperation, "vehicleOperation");
        reception = Money.normalize(reception, "reception");
    }

    public BigDecimal abroad() {
        return Money.orZero(abroadTeaching).add(Money.orZero(abroadOther));
    }

    public BigDecimal vehicle() {
        return Money.orZero(vehiclePurchase).add(Money.orZero(vehicleOperation));
    }

    public BigDecimal total() {
        return abroad().add(vehicle()).add(Money.orZero(reception));
    }

    public ThreePublicAmounts plus(ThreePublicAmounts other) {
        return new ThreePublicAmounts(add(abroadTeaching, other.abroadTeaching), add(abroadOther, other.abroadOther),
                add(vehiclePurchase, other.vehiclePurchase), add(vehicleOperation, other.vehicleOperation),
                add(reception, other.reception));
    }

    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null && b == null ? null : Money.orZero(a).add(Money.orZero(b));
    }
}
