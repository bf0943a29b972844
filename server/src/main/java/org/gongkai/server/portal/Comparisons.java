package org.gongkai.server.portal;

import java.util.List;
import java.util.Optional;
import org.gongkai.core.budget.DisclosureKind;

/** Chooses the comparison the request asks for: one department over its years, or two departments in one year. */
final class Comparisons {

    private Comparisons() {
    }

    static Optional<PageData.Comparison> of(Snapshot snapshot, String department, String a, String b, Integer year) {
        if (department != null && !department.isBlank()) {
            List<PublishedDisclosure> history = snapshot.history(department.strip());
            return history.isEmpty() ? Optional.empty() : Optional.of(PageData.overYears(history));
        }
        if (a != null && b != null && !a.isBlank() && !b.isBlank()) {
            Integer chosen = year != null ? year : snapshot.years().stream()
                    .filter(y -> snapshot.find(a, y, DisclosureKind.BUDGET, null).isPresent()
                            && snapshot.find(b, y, DisclosureKind.BUDGET, null).isPresent()).findFirst().orElse(null);
            if (chosen == null) {
                return Optional.empty();
            }
            var left = snapshot.find(a.strip(), chosen, DisclosureKind.BUDGET, null);
            var right = snapshot.find(b.strip(), chosen, DisclosureKind.BUDGET, null);
            if (left.isPresent() && right.isPresent()) {
                return Optional.of(PageData.sideBySide(left.get(), right.get()));
            }
        }
        return Optional.empty();
    }
}
