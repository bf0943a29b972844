package org.gongkai.server.workspace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.budget.DepartmentBudget;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.narrative.Drafter;
import org.gongkai.core.narrative.Mention;
import org.gongkai.core.narrative.StatedFigures;

/**
 * Drafted text that quotes figures the tables no longer hold: each data-bound section is drafted again from the model
 * as it is now and its amounts are set beside the section's, label by label (「机关运行经费安排」 1542.76万元 → 1600.00万元).
 * What the department wrote in its own words, with labels the draft does not use, is left alone.
 */
final class StaleDrafts {

    /** One quoted figure the tables have since changed. */
    record Stale(String label, String was, String now) {
    }

    private StaleDrafts() {
    }

    static Map<NarrativeSection, List<Stale>> of(DepartmentBudget model) {
        Map<NarrativeSection, List<Stale>> stale = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection section : Drafter.draftable(model)) {
            String text = model.narrative(section);
            if (text == null || text.isBlank()) {
                continue;
            }
            String fresh = Drafter.redraft(model, section).narrative(section);
            List<Stale> changed = compare(StatedFigures.extract(section, text), StatedFigures.extract(section, fresh));
            if (!changed.isEmpty()) {
                stale.put(section, changed);
            }
        }
        return stale;
    }

    /** The n-th amount under a label in the text against the n-th under the same label in the fresh draft. */
    private static List<Stale> compare(List<Mention> stated, List<Mention> drafted) {
        Map<String, Deque<Mention>> byLabel = new LinkedHashMap<>();
        drafted.forEach(m -> byLabel.computeIfAbsent(m.plainLabel(), k -> new ArrayDeque<>()).add(m));
        List<Stale> changed = new ArrayList<>();
        for (Mention mention : stated) {
            Deque<Mention> same = byLabel.get(mention.plainLabel());
            if (mention.plainLabel().isBlank() || same == null || same.isEmpty()) {
                continue;
            }
            Mention now = same.poll();
            if (mention.inWanYuan() != null && now.inWanYuan() != null && mention.inWanYuan().compareTo(now.inWanYuan()) != 0) {
                changed.add(new Stale(mention.label().strip(), mention.amount().toPlainString() + mention.unit(),
                        now.amount().toPlainString() + now.unit()));
            }
        }
        return changed;
    }
}
