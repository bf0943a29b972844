package org.gongkai.server.portal;

import java.util.Optional;

/** The page data the open-data API answers, looked up the same way the pages look it up. */
public final class PortalQueries {

    private PortalQueries() {
    }

    public static PageData.Home home(Snapshot snapshot, Integer year, String region, String sort, int page) {
        return PageData.home(snapshot, year, region, PageData.Order.of(sort), page);
    }

    public static Optional<PageData.Department> department(Snapshot snapshot, String code, int year, Integer version) {
        return snapshot.find(code, year, version).map(p -> PageData.department(snapshot, p));
    }

    public static Optional<PageData.Comparison> compare(Snapshot snapshot, String department, String a, String b, Integer year) {
        return Comparisons.of(snapshot, department, a, b, year);
    }

    public static Optional<PageData.Region> region(Snapshot snapshot, String code, Integer year) {
        String name = snapshot.regions().get(code);
        return name == null ? Optional.empty() : Optional.of(PageData.region(snapshot, code, name, year));
    }
}
