package org.gongkai.io.inspection.region;

import java.util.List;
import org.gongkai.core.rules.Severity;

/** One check across the documents of a region (and its roster); never throws for a failed check. */
public interface RegionRule {

    String id();

    Severity severity();

    /** What must hold, in Chinese. */
    String description();

    List<RegionFinding> check(Region region);

    default RegionFinding finding(String department, List<String> files, String location, String message) {
        return new RegionFinding(id(), severity(), department, files, location, id() + " " + message);
    }

    default RegionFinding finding(Severity severity, String department, List<String> files, String location, String message) {
        return new RegionFinding(id(), severity, department, files, location, id() + " " + message);
    }

    /** Equal within {@code slack} 万元 (the rounding of printed figures); false when either is not printed. */
    static boolean same(java.math.BigDecimal a, java.math.BigDecimal b, java.math.BigDecimal slack) {
        return a.subtract(b).abs().compareTo(slack) <= 0;
    }

    /** 万元 with two decimals, as messages print it. */
    static String money(java.math.BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** One cent of 万元 per figure summed: what rounding each printed figure to two decimals can account for. */
    java.math.BigDecimal CENT = new java.math.BigDecimal("0.01");
}
