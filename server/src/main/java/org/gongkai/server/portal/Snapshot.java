package org.gongkai.server.portal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.Project;
import org.gongkai.core.tables.Cell;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;

/**
 * Every published version at one moment, as listed (without models), indexed by year, region and department for the
 * portal's pages. Immutable: a publication makes a new one with {@link #replacing}.
 *
 * <p>Budgets and final accounts (部门决算) are both listed, each department-year with its versions of both kinds. The
 * lists by year and region, their sums and rankings are of budgets: a year's spending is its budgets' (a 决算 beside
 * its budget would count the same money twice); the current 决算 are indexed apart by year and region, for the
 * execution of each region's budgets.
 */
public final class Snapshot {

    private final List<PublishedDisclosure> all;
    private final List<PublishedDisclosure> current;
    private final Map<Integer, List<PublishedDisclosure>> currentByYear;
    private final Map<Integer, Map<String, List<PublishedDisclosure>>> currentByYearAndRegion;
    private final Map<Integer, Map<String, List<PublishedDisclosure>>> accountsByYearAndRegion;
    private final Map<String, List<PublishedDisclosure>> byDepartment;

    /** The order of the current versions: newest year first, then by department code. */
    private static final Comparator<PublishedDisclosure> ORDER = Comparator.comparing(PublishedDisclosure::year).reversed()
            .thenComparing(PublishedDisclosure::departmentCode);

    Snapshot(List<PublishedDisclosure> all) {
        this.all = List.copyOf(all);
        this.current = all.stream().filter(p -> !p.superseded() && p.kind() == DisclosureKind.BUDGET).sorted(ORDER).toList();
        this.currentByYear = current.stream().collect(java.util.stream.Collectors.groupingBy(PublishedDisclosure::year,
                java.util.TreeMap::new, java.util.stream.Collectors.toUnmodifiableList()));
        this.currentByYearAndRegion = byYearAndRegion(current);
        this.accountsByYearAndRegion = byYearAndRegion(all.stream()
                .filter(p -> !p.superseded() && p.kind() == DisclosureKind.FINAL_ACCOUNTS).sorted(ORDER).toList());
        this.byDepartment = this.all.stream().collect(java.util.stream.Collectors.groupingBy(PublishedDisclosure::departmentCode,
                java.util.stream.Collectors.toUnmodifiableList()));
    }

    private static Map<Integer, Map<String, List<PublishedDisclosure>>> byYearAndRegion(List<PublishedDisclosure> sorted) {
        return sorted.stream().collect(java.util.stream.Collectors.groupingBy(PublishedDisclosure::year,
                java.util.stream.Collectors.groupingBy(p -> p.record().regionCode(), java.util.stream.Collectors.toUnmodifiableList())));
    }

    private Snapshot(List<PublishedDisclosure> all, List<PublishedDisclosure> current, Map<Integer, List<PublishedDisclosure>> byYear,
                     Map<Integer, Map<String, List<PublishedDisclosure>>> byYearAndRegion,
                     Map<Integer, Map<String, List<PublishedDisclosure>>> accountsByYearAndRegion,
                     Map<String, List<PublishedDisclosure>> byDepartment) {
        this.all = all;
        this.current = current;
        this.currentByYear = byYear;
        this.currentByYearAndRegion = byYearAndRegion;
        this.accountsByYearAndRegion = accountsByYearAndRegion;
        this.byDepartment = byDepartment;
    }

    /**
     * This listing with the versions of one department-year — budget and 决算 — replaced by those given (a publication's,
     * read anew). Only what that department-year touches is rebuilt — its year's and region's lists, its department's
     * entry — the rest is shared with this listing, and the sums of other years are carried over: a publication costs
     * the same however many others there are, but for copying references.
     */
    Snapshot replacing(String departmentCode, int year, List<PublishedDisclosure> versions) {
        java.util.function.Predicate<PublishedDisclosure> touched = p -> p.departmentCode().equals(departmentCode) && p.year() == year;
        List<PublishedDisclosure> nextAll = new ArrayList<>(all.size() + versions.size());
        all.stream().filter(touched.negate()).forEach(nextAll::add);
        nextAll.addAll(versions);
        List<PublishedDisclosure> added = versions.stream().filter(p -> !p.superseded() && p.kind() == DisclosureKind.BUDGET).toList();
        List<PublishedDisclosure> addedAccounts = versions.stream()
                .filter(p -> !p.superseded() && p.kind() == DisclosureKind.FINAL_ACCOUNTS).toList();
        // The regions the department-year was listed in before, and is now.
        java.util.Set<String> regionCodes = new java.util.HashSet<>();
        byDepartment.getOrDefault(departmentCode, List.of()).stream().filter(touched).forEach(p -> regionCodes.add(p.record().regionCode()));
        versions.forEach(p -> regionCodes.add(p.record().regionCode()));

        List<PublishedDisclosure> nextCurrent = merged(current, touched, added);
        Map<Integer, List<PublishedDisclosure>> byYear = new java.util.TreeMap<>(currentByYear);
        byYear.put(year, merged(current(year), touched, added));
        byYear.values().removeIf(List::isEmpty);
        Map<String, List<PublishedDisclosure>> departments = new java.util.HashMap<>(byDepartment);
        List<PublishedDisclosure> ofDepartment = new ArrayList<>(byDepartment.getOrDefault(departmentCode, List.of()));
        ofDepartment.removeIf(touched);
        ofDepartment.addAll(versions);
        departments.put(departmentCode, List.copyOf(ofDepartment));

        Snapshot next = new Snapshot(java.util.Collections.unmodifiableList(nextAll), nextCurrent, byYear,
                replacedIn(currentByYearAndRegion, year, regionCodes, touched, added),
                replacedIn(accountsByYearAndRegion, year, regionCodes, touched, addedAccounts), departments);
        List<PublishedDisclosure> removed = current(year).stream().filter(touched).toList();
        sums.forEach((key, value) -> {
            if (!key.matches("\\w+/" + year + "(/.*)?")) {
                next.sums.put(key, value);
            } else {
                adjusted(key, value, removed, added).ifPresent(sum -> next.sums.put(key, sum));
            }
        });
        return next;
    }

    /** A year's lists by region with the touched versions taken out of the regions given and the added ones put in. */
    private static Map<Integer, Map<String, List<PublishedDisclosure>>> replacedIn(Map<Integer, Map<String, List<PublishedDisclosure>>> byYearAndRegion,
                                                                                int year, java.util.Set<String> regionCodes,
                                                                                java.util.function.Predicate<PublishedDisclosure> touched,
                                                                                List<PublishedDisclosure> added) {
        Map<Integer, Map<String, List<PublishedDisclosure>>> next = new java.util.HashMap<>(byYearAndRegion);
        Map<String, List<PublishedDisclosure>> regions = new java.util.HashMap<>(byYearAndRegion.getOrDefault(year, Map.of()));
        for (String region : regionCodes) {
            regions.put(region, merged(regions.getOrDefault(region, List.of()), touched,
                    added.stream().filter(p -> p.record().regionCode().equals(region)).toList()));
        }
        regions.values().removeIf(List::isEmpty);
        next.put(year, regions);
        return next;
    }

    /**
     * A sum of the touched year with the versions a publication took out and put in: class sums and region totals are
     * adjusted, not summed again (the list of regions is summed again from the region totals when next asked).
     */
    private static Optional<Object> adjusted(String key, Object sum, List<PublishedDisclosure> removed, List<PublishedDisclosure> added) {
        String[] parts = key.split("/");
        java.util.function.Predicate<PublishedDisclosure> inScope = p -> parts.length < 3 || p.record().regionCode().equals(parts[2]);
        if (sum instanceof ClassSums classes) {
            for (PublishedDisclosure p : removed) {
                classes = inScope.test(p) ? classes.minus(p.summary()) : classes;
            }
            for (PublishedDisclosure p : added) {
                classes = inScope.test(p) ? classes.plus(p.summary()) : classes;
            }
            return Optional.of(classes);
        }
        if (sum instanceof Totals totals) {
            for (PublishedDisclosure p : removed) {
                totals = inScope.test(p) ? totals.with(p.summary(), -1) : totals;
            }
            for (PublishedDisclosure p : added) {
                totals = inScope.test(p) ? totals.with(p.summary(), 1) : totals;
            }
            return Optional.of(totals);
        }
        return Optional.empty();
    }

    /** A sorted list without the touched versions and with the added ones in their places. */
    private static List<PublishedDisclosure> merged(List<PublishedDisclosure> sorted, java.util.function.Predicate<PublishedDisclosure> touched,
                                                    List<PublishedDisclosure> added) {
        List<PublishedDisclosure> merged = new ArrayList<>(sorted.size() + added.size());
        sorted.stream().filter(touched.negate()).forEach(merged::add);
        for (PublishedDisclosure p : added) {
            int at = java.util.Collections.binarySearch(merged, p, ORDER);
            merged.add(at < 0 ? -at - 1 : at, p);
        }
        return java.util.Collections.unmodifiableList(merged);
    }

    /** How many published versions are listed. */
    public int size() {
        return all.size();
    }

    /** The years with published budgets, newest first. */
    public List<Integer> years() {
        return new TreeSet<>(currentByYear.keySet()).descendingSet().stream().toList();
    }

    /** The current budgets of a year. */
    public List<PublishedDisclosure> current(int year) {
        return currentByYear.getOrDefault(year, List.of());
    }

    /** The current budgets of a year in one region. */
    public List<PublishedDisclosure> current(int year, String regionCode) {
        return currentByYearAndRegion.getOrDefault(year, Map.of()).getOrDefault(regionCode, List.of());
    }

    /** The current final accounts of a year in one region. */
    public List<PublishedDisclosure> currentAccounts(int year, String regionCode) {
        return accountsByYearAndRegion.getOrDefault(year, Map.of()).getOrDefault(regionCode, List.of());
    }

    /** The current budget of each year of one department, oldest first. */
    public List<PublishedDisclosure> history(String departmentCode) {
        return history(departmentCode, DisclosureKind.BUDGET);
    }

    /** The current version of each year of one department's budgets or final accounts, oldest first. */
    public List<PublishedDisclosure> history(String departmentCode, DisclosureKind kind) {
        return byDepartment.getOrDefault(departmentCode, List.of()).stream().filter(p -> !p.superseded() && p.kind() == kind)
                .sorted(Comparator.comparing(PublishedDisclosure::year)).toList();
    }

    /** Every published version of a department-year, budgets and final accounts, newest first, corrections included. */
    public List<PublishedDisclosure> versions(String departmentCode, int year) {
        return byDepartment.getOrDefault(departmentCode, List.of()).stream().filter(p -> p.year() == year)
                .sorted(Comparator.comparing(PublishedDisclosure::version).reversed()).toList();
    }

    /** Every published version of a department-year's budget or final accounts, newest first. */
    public List<PublishedDisclosure> versions(String departmentCode, int year, DisclosureKind kind) {
        return versions(departmentCode, year).stream().filter(p -> p.kind() == kind).toList();
    }

    /** A version of a department-year's budget or final accounts; with no version, the current one. */
    public Optional<PublishedDisclosure> find(String departmentCode, int year, DisclosureKind kind, Integer version) {
        return versions(departmentCode, year, kind).stream()
                .filter(p -> version == null ? !p.superseded() : p.version() == version).findFirst();
    }

    /** Sums computed once per listing: a listing never changes, and every page of a year asks for the same sums. */
    private final Map<String, Object> sums = new java.util.concurrent.ConcurrentHashMap<>();

    /** Computes the sums of a year and one of its regions ahead of the pages that read them. */
    void warm(int year, String regionCode) {
        regionTotals(year);
        byClass(year);
        totals(year, regionCode);
        byClass(year, regionCode);
    }

    /** The year's regions with their totals, the largest first. */
    @SuppressWarnings("unchecked")
    public List<PageData.RegionRow> regionTotals(int year) {
        String key = "regions/" + year;
        Object kept = sums.get(key);
        if (kept == null) {
            // Not in computeIfAbsent: each region's totals are sums of this map too.
            kept = currentByYearAndRegion.getOrDefault(year, Map.of()).values().stream()
                    .map(in -> new PageData.RegionRow(in.get(0).record().regionCode(), in.get(0).regionName(),
                            totals(year, in.get(0).record().regionCode())))
                    .sorted(Comparator.comparing((PageData.RegionRow r) -> r.totals().total()).reversed()
                            .thenComparing(PageData.RegionRow::code)).toList();
            Object raced = sums.putIfAbsent(key, kept);
            kept = raced == null ? kept : raced;
        }
        return (List<PageData.RegionRow>) kept;
    }

    /** The totals of a year's current disclosures in one region. */
    public Totals totals(int year, String regionCode) {
        return (Totals) sums.computeIfAbsent("totals/" + year + "/" + regionCode, k -> totals(current(year, regionCode)));
    }

    /** The year's amounts by function class (and section), over every current disclosure. */
    public List<Summary.ClassAmount> byClass(int year) {
        return ((ClassSums) sums.computeIfAbsent("classes/" + year, k -> ClassSums.of(current(year)))).list();
    }

    public List<Summary.ClassAmount> byClass(int year, String regionCode) {
        return ((ClassSums) sums.computeIfAbsent("classes/" + year + "/" + regionCode, k -> ClassSums.of(current(year, regionCode)))).list();
    }

    /** Region code → name, for the regions with published disclosures. */
    public Map<String, String> regions() {
        Map<String, String> regions = new LinkedHashMap<>();
        current.forEach(p -> regions.putIfAbsent(p.record().regionCode(), p.regionName()));
        return regions;
    }


    /** Sums the current disclosures of a year (or of a region in it): total, basic, project, "三公". */
    public static Totals totals(List<PublishedDisclosure> disclosures) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal basic = BigDecimal.ZERO;
        BigDecimal project = BigDecimal.ZERO;
        BigDecimal threePublic = BigDecimal.ZERO;
        for (PublishedDisclosure p : disclosures) {
            total = total.add(Money.orZero(p.summary().total()));
            basic = basic.add(Money.orZero(p.summary().basic()));
            project = project.add(Money.orZero(p.summary().project()));
            threePublic = threePublic.add(p.summary().threePublicTotal());
        }
        return new Totals(disclosures.size(), Money.normalize(total, "total"), Money.normalize(basic, "basic"),
                Money.normalize(project, "project"), Money.normalize(threePublic, "threePublic"));
    }

    public record Totals(int departments, BigDecimal total, BigDecimal basic, BigDecimal project, BigDecimal threePublic) {

        /** These totals with one disclosure put in ({@code sign} 1) or taken out (-1). */
        Totals with(Summary s, int sign) {
            BigDecimal factor = BigDecimal.valueOf(sign);
            return new Totals(departments + sign,
                    Money.normalize(total.add(Money.orZero(s.total()).multiply(factor)), "total"),
                    Money.normalize(basic.add(Money.orZero(s.basic()).multiply(factor)), "basic"),
                    Money.normalize(project.add(Money.orZero(s.project()).multiply(factor)), "project"),
                    Money.normalize(threePublic.add(s.threePublicTotal().multiply(factor)), "threePublic"));
        }

        public BigDecimal projectShare() {
            return Summary.percent(project, total);
        }
    }

    /**
     * Departments a picker's text names: the department of that code, else those whose name contains the text (at most
     * {@code limit}, by code) — a picker never lists every department of a province.
     */
    public Map<String, String> departmentsNamed(String text, int limit) {
        String q = text == null ? "" : text.strip();
        Map<String, String> found = new LinkedHashMap<>();
        if (q.isEmpty()) {
            return found;
        }
        if (byDepartment.containsKey(q)) {
            found.put(q, byDepartment.get(q).get(0).departmentName());
            return found;
        }
        current.stream().filter(p -> p.departmentName().contains(q)).map(PublishedDisclosure::departmentCode).distinct().sorted()
                .limit(limit).forEach(code -> found.put(code, byDepartment.get(code).get(0).departmentName()));
        return found;
    }

    /** Every current (not superseded) version, budgets and final accounts. */
    public List<PublishedDisclosure> currentVersions() {
        return all.stream().filter(p -> !p.superseded()).toList();
    }
}
