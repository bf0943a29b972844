package org.gongkai.core.rules.req;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;

/** R-REQ-04: when "三公" 经费 changes from last year, the explanation gives the reason. */
public final class ThreePublicChangeExplained extends BaseRule {

    private static final Pattern REASON = Pattern.compile("(原因|主要是|主要用于|由于|因为|主要系|系因)");

    public ThreePublicChangeExplained() {
        super("R-REQ-04", Severity.WARNING, "“三公”经费与上年相比有增减时，须说明增减变化原因",
                "“三公”经费由 367.45 万元变为 374.46 万元，但说明中未给出增减原因");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        DepartmentBudget model = disclosure.model();
        if (model.threePublic().isEmpty() || model.threePublicLastYear() == null) {
            return List.of();
        }
        BigDecimal now = model.figures().threePublic().total();
        BigDecimal before = model.threePublicLastYear().total();
        String text = model.narrative(NarrativeSection.THREE_PUBLIC);
        if (now.compareTo(before) == 0 || (text != null && REASON.matcher(text).find())) {
            return List.of();
        }
        return List.of(finding(Locations.section(NarrativeSection.THREE_PUBLIC), "“三公”经费由 " + money(before)
                + " 万元变为 " + money(now) + " 万元，但说明中未给出增减原因"));
    }
}
