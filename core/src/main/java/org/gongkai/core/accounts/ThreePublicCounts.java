package org.gongkai.core.accounts;

/**
 * The physical "三公" figures a 决算 reports beside the money: vehicles bought and held at year end, delegations and
 * persons sent abroad, official receptions and the persons received. Null where the document does not state one.
 */
public record ThreePublicCounts(Integer vehiclesBought, Integer vehiclesHeld, Integer delegationsAbroad,
                                Integer personsAbroad, Integer receptions, Integer receptionPersons) {

    public static final ThreePublicCounts NONE = new ThreePublicCounts(null, null, null, null, null, null);

    public ThreePublicCounts {
        for (Integer count : new Integer[] {vehiclesBought, vehiclesHeld, delegationsAbroad, personsAbroad, receptions, receptionPersons}) {
            if (count != null && count < 0) {
                throw new IllegalArgumentException("“三公”经费实物量不能为负数：" + count);
            }
        }
    }
}
