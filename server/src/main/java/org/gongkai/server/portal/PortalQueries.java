package org.gongkai.server.portal;

import java.util.Optional;
import org.gongkai.core.budget.DisclosureKind;

/** The page data the open-data API answers, looked up the same way the pages look it up. */
public final class PortalQueries {

    private PortalQueries() {
    }

    public static PageData.Home home(Snapshot snapshot, Integer year, String region, String sort, int page) {
        return PageData.home(snapshot, year, region, PageData.Order.of(sort), page);
    }

    /** A department-year's budget or final accounts; with no kind, its budget, or its 决算 where no budget is published. */
    public static Optional<PageData.Department> department(Snapshot snapshot, String code, int year, DisclosureKind kind, Integer version) {
        Optional<PublishedDisclosure> found = kind != null ? snapshot.find(code, year, kind, version)
                : snapshot.find(code, year, DisclosureKind.BUDGET, version)
                        .or(() -> snapshot.find(code, year, DisclosureKind.FINAL_ACCOUNTS, version));
        return found.map(p -> PageData.department(snapshot, p));
    }

    /** How a department-year's current budget was executed, when both it and its 决算 are published. */
    public static Optional<PageData.Execution> execution(Snapshot snapshot, String code, int year) {
        return snapshot.find(code, year, DisclosureKind.BUDGET, null).flatMap(budget -> snapshot.find(code, year,
                DisclosureKind.FINAL_ACCOUNTS, null).map(accounts -> Executions.of(budget, accounts)));
    }

    public static Optional<PageData.Comparison> compare(Snapshot snapshot, String department, String a, String b, Integer year) {
        return Comparisons.of(snapshot, department, a, b, year);
    }

    public static Optional<PageData.Region> region(Snapshot snapshot, String code, Integer year) {
        String name = snapshot.regions().get(code);
        return name == null ? Optional.empty() : Optional.of(PageData.region(snapshot, code, name, year));
    }
}
