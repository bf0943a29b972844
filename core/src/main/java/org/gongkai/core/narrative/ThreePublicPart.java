package org.gongkai.core.narrative;

import java.math.BigDecimal;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.gongkai.core.budget.ThreePublicAmounts;

/** The "三公" figures an explanation states, how their labels read, and where each lives in the model. */
public enum ThreePublicPart {
    TOTAL("合计", "三公(经费)?(预算)?(总额|合计|总计)?(为|是|共计)?$", null, ThreePublicAmounts::total),
    ABROAD("因公出国（境）费", "(因公|公务)出国(\\(境\\))?(费用?|经费)?(预算)?(支出)?(为|是)?$", null, ThreePublicAmounts::abroad),
    VEHICLE("公务用车购置及运行维护费", "公务用车购置及(运行|运维|运行维护)(费|经费)?(预算)?(支出)?(为|是)?$", null, ThreePublicAmounts::vehicle),
    VEHICLE_PURCHASE("公务用车购置费", "公务用车购置(费|经费)?(预算)?(支出)?(为|是)?$", "购置及", ThreePublicAmounts::vehiclePurchase),
    VEHICLE_OPERATION("公务用车运行维护费", "公务用车运行(维护)?(费|经费)?(预算)?(支出)?(为|是)?$", "购置", ThreePublicAmounts::vehicleOperation),
    RECEPTION("公务接待费", "公务接待(费|经费)?(预算)?(支出)?(为|是)?$", null, ThreePublicAmounts::reception);

    private final String chinese;
    private final Pattern label;
    private final Pattern exclude;
    private final Function<ThreePublicAmounts, BigDecimal> amount;

    ThreePublicPart(String chinese, String label, String exclude, Function<ThreePublicAmounts, BigDecimal> amount) {
        this.chinese = chinese;
        this.label = Pattern.compile(label);
        this.exclude = exclude == null ? null : Pattern.compile(exclude);
        this.amount = amount;
    }

    public String chinese() {
        return chinese;
    }

    public BigDecimal of(ThreePublicAmounts amounts) {
        return amount.apply(amounts);
    }

    public boolean names(Mention mention) {
        String text = mention.plainLabel();
        return label.matcher(text).find() && (exclude == null || !exclude.matcher(text).find())
                && !StatedFigures.CHANGE.matcher(text).find();
    }
}
