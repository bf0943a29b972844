package org.gongkai.io.inspection.region;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gongkai.core.budget.PreviousYear;
import org.gongkai.core.budget.ThreePublicAmounts;

/**
 * The figures of one document that other documents can be compared with, in 万元. A null figure is one the document
 * does not print; the rules never compare it.
 *
 * @param incomeTotal        收入总计 (null without income rows)
 * @param expenditureTotal   支出总计
 * @param basic              基本支出
 * @param project            项目支出
 * @param fiscalBySource     财政拨款 spending by source name (GENERAL_PUBLIC_BUDGET …): a budget's planned amounts
 * @param initialBySource    a 决算's 年初预算数 by source name, only where it prints one
 * @param threePublic        a budget's "三公" budget, or a 决算's "三公" actuals
 * @param threePublicBudget  a 决算's "三公" budget (null for a budget)
 * @param opening            a 决算's 年初结转和结余 in all (null when not printed)
 * @param closing            a 决算's 年末结转和结余 in all
 * @param previousYear       the 上年 columns the document prints
 * @param threePublicLastYear the "三公" 上年 column
 * @param changes            the year-on-year changes its explanation states
 * @param tables             a fingerprint of every amount of its tables (null when it has too few to tell)
 * @param units              the units the document lists (机构设置)
 */
public record Figures(BigDecimal incomeTotal, BigDecimal expenditureTotal, BigDecimal basic, BigDecimal project,
                      Map<String, BigDecimal> fiscalBySource, Map<String, BigDecimal> initialBySource,
                      ThreePublicAmounts threePublic, ThreePublicAmounts threePublicBudget, BigDecimal opening, BigDecimal closing,
                      PreviousYear previousYear, ThreePublicAmounts threePublicLastYear, List<StatedChange> changes, String tables,
                      List<String> units) {

    public static final Figures NONE = new Figures(null, null, null, null, Map.of(), Map.of(), null, null, null, null, null, null,
            List.of(), null, List.of());

    public Figures {
        fiscalBySource = fiscalBySource == null ? Map.of() : Map.copyOf(fiscalBySource);
        initialBySource = initialBySource == null ? Map.of() : Map.copyOf(initialBySource);
        changes = changes == null ? List.of() : List.copyOf(changes);
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** The figure a stated change speaks of, or null when this document does not print it. */
    public BigDecimal of(StatedChange.Subject subject) {
        return switch (subject) {
            case TOTAL -> incomeTotal;
            case BASIC -> basic;
            case PROJECT -> project;
            case THREE_PUBLIC -> threePublic == null ? null : threePublic.total();
            case ABROAD -> threePublic == null || threePublic.abroadOther() == null && threePublic.abroadTeaching() == null
                    ? null : threePublic.abroad();
            case VEHICLE -> threePublic == null || threePublic.vehiclePurchase() == null && threePublic.vehicleOperation() == null
                    ? null : threePublic.vehicle();
            case VEHICLE_OPERATION -> threePublic == null ? null : threePublic.vehicleOperation();
            case RECEPTION -> threePublic == null ? null : threePublic.reception();
        };
    }
}
