package org.gongkai.core.narrative;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.layout.Layouts;

/**
 * The "三公" figures an explanation states, how their labels read (layout/three-public-statements.tsv), and where each
 * lives in the model.
 */
public enum ThreePublicPart {
    TOTAL(ThreePublicAmounts::total),
    ABROAD(ThreePublicAmounts::abroad),
    VEHICLE(ThreePublicAmounts::vehicle),
    VEHICLE_PURCHASE(ThreePublicAmounts::vehiclePurchase),
    VEHICLE_OPERATION(ThreePublicAmounts::vehicleOperation),
    RECEPTION(ThreePublicAmounts::reception);

    private static final String WORDS = "three-public-statements.tsv";
    /** The words a part's name may have between it and its amount, shared by every part (the row "between"). */
    private static final String BETWEEN = "between";

    private final Function<ThreePublicAmounts, BigDecimal> amount;
    private String chinese;
    private Pattern label;
    private Pattern exclude;

    ThreePublicPart(Function<ThreePublicAmounts, BigDecimal> amount) {
        this.amount = amount;
    }

    static {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String[] row : Layouts.rows(WORDS, 4)) {
            rows.put(row[0], row);
        }
        String[] between = rows.get(BETWEEN);
        if (between == null) {
            throw new IllegalStateException(WORDS + " 缺少 " + BETWEEN + " 行");
        }
        for (ThreePublicPart part : values()) {
            String[] row = rows.get(part.name());
            if (row == null) {
                throw new IllegalStateException(WORDS + " 缺少 " + part.name() + " 行");
            }
            part.chinese = row[1];
            part.label = Pattern.compile("(" + row[2] + ")" + between[2]);
            part.exclude = row[3].isEmpty() ? null : Pattern.compile(row[3]);
        }
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
