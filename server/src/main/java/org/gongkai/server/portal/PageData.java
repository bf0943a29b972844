package org.gongkai.server.portal;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.budget.Money;
import org.gongkai.core.budget.ThreePublicAmounts;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.tables.StatementTable;

/**
 * The data of every portal page, as plain records: the pages render them and {@code /api/public/…} answers them as
 * JSON, so the open data is exactly what the pages show.
 */
public final class PageData {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private PageData() {
    }

    public record DepartmentRow(String code, String name, int year, String link, BigDecimal total, BigDecimal basic,
                                BigDecimal project, BigDecimal projectShare, BigDecimal threePublic, String publishedOn,
                                String timeliness, boolean late, long errors, long warnings) {

        static DepartmentRow of(PublishedDisclosure p) {
            Summary s = p.summary();
            return new DepartmentRow(p.departmentCode(), p.departmentName(), p.year(), p.path(), s.total(), s.basic(), s.project(),
                    s.projectShare(), s.threePublicTotal(), p.publishedAt() == null ? null : DAY.format(p.publishedAt()),
                    p.timeliness().chinese(), p.timeliness() == PublishedDisclosure.Timeliness.LATE, p.errors(), p.warnings());
        }
    }

    public record RegionRow(String code, String name, Snapshot.Totals totals) {
    }

    /**
     * The home page: the year's region totals (the largest {@link #REGION_CARDS}; {@code regionCount} says how many there
     * are), one page of its departments (optionally of one region) in the order asked, and the year's amounts by class.
     */
    public record Home(Integer year, List<Integer> years, List<RegionRow> regions, int regionCount, DepartmentPage departments,
                       List<Summary.ClassAmount> byClass) {
    }

    /** One page of a list of departments: which page of how many, of how many departments, in which order. */
    public record DepartmentPage(List<DepartmentRow> rows, String region, String regionName, Order order, int page, int pages,
                                 int count) {

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    /** The orders a department list can be read in. */
    public enum Order {
        CODE("按部门编码"), TOTAL("按支出合计"), THREE_PUBLIC("按“三公”经费"), PROJECT_SHARE("按项目支出占比");

        private final String chinese;

        Order(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        /** The order named in a request; anything else is the default. */
        public static Order of(String key) {
            for (Order order : values()) {
                if (order.key().equals(key)) {
                    return order;
                }
            }
            return CODE;
        }

        Comparator<PublishedDisclosure> comparator() {
            Comparator<PublishedDisclosure> byCode = Comparator.comparing(PublishedDisclosure::departmentCode);
            return switch (this) {
                case CODE -> byCode;
                case TOTAL -> Comparator.comparing((PublishedDisclosure p) -> Money.orZero(p.summary().total())).reversed().thenComparing(byCode);
                case THREE_PUBLIC -> Comparator.comparing((PublishedDisclosure p) -> p.summary().threePublicTotal()).reversed().thenComparing(byCode);
                case PROJECT_SHARE -> Comparator.comparing((PublishedDisclosure p) -> p.summary().projectShare(),
                        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(byCode);
            };
        }
    }

    /** Departments a list page shows; every page of the portal stays small however many departments publish. */
    public static final int PAGE_SIZE = 50;
    /** Region cards on the home page; the region pages (and the department list by region) show the rest. */
    public static final int REGION_CARDS = 24;
    /** Departments a region page's rankings show; the full ranking is the department list in that order. */
    public static final int RANKED = 20;

    public record Version(int version, String link, String publishedOn, boolean superseded, String correctionReason) {
    }

    public record ProjectView(int number, String name, String code, String unitName, BigDecimal amount,
                              List<String> goals, List<org.gongkai.core.budget.Indicator> indicators) {
    }

    /**
     * A figure at the top of a department's page: its amount in 万元 (null when the disclosure does not state it), its
     * change from the previous published year (null when there is none to compare), and what it means (null for the total).
     */
    public record Headline(String key, String label, BigDecimal amount, YearChange change, String explanation) {
    }

    /** How a figure changed since an earlier year: a percentage with one decimal, or {@code added} when that year had none. */
    public record YearChange(int fromYear, BigDecimal percent, boolean added) {

        /** Null when either amount is unknown, or both are zero: there is then nothing to say. */
        static YearChange between(int fromYear, BigDecimal before, BigDecimal after) {
            if (before == null || after == null) {
                return null;
            }
            if (before.signum() == 0) {
                return after.signum() == 0 ? null : new YearChange(fromYear, null, true);
            }
            return new YearChange(fromYear, Summary.change(before, after), false);
        }

        /** As the page says it: 「比2022年 +3.2%」, 「与2022年持平」 or 「新增」. */
        public String text() {
            if (added) {
                return "新增";
            }
            if (percent.signum() == 0) {
                return "与" + fromYear + "年持平";
            }
            return "比" + fromYear + "年 " + (percent.signum() > 0 ? "+" : "") + percent.toPlainString() + "%";
        }

        /** The style of the change: up (red, as Chinese tables mark an increase), down, or level. */
        public String direction() {
            return added || percent.signum() > 0 ? "up" : percent.signum() < 0 ? "down" : "";
        }
    }

    public record Department(DepartmentRow row, String regionCode, String regionName, int version, boolean superseded,
                             String currentLink, Summary summary, List<Headline> headlines, List<StatementTable> tables,
                             List<Finding> findings,
                             Map<String, String> explanation, List<ProjectView> projects,
                             List<org.gongkai.core.budget.ProcurementItem> procurement, org.gongkai.core.budget.Assets assets,
                             List<Version> versions, List<YearThreePublic> threePublicTrend, DisclosureKind kind, long id) {
    }

    /**
     * A headline figure or a function class as budgeted and as executed: 预算数, 决算数 and the execution rate (决算数 ÷ 预算数,
     * in percent to two decimals; null where nothing was budgeted).
     */
    public record ExecutionRow(String code, String label, BigDecimal budget, BigDecimal actual, BigDecimal rate) {
    }

    /** A department-year's budget against its 决算: the headline figures, each function class and the total. */
    public record Execution(List<ExecutionRow> figures, List<ExecutionRow> byClass, ExecutionRow total) {
    }

    /** A department of a region by how fully its budget was executed: 决算 total ÷ budget total. */
    public record ExecutionRank(String code, String name, String link, BigDecimal budget, BigDecimal actual, BigDecimal rate) {
    }

    /** The "三公" amounts of one year, as a department published them (a later year's "上年" figures fill gaps). */
    public record YearThreePublic(int year, BigDecimal abroad, BigDecimal vehicle, BigDecimal reception, BigDecimal total,
                                  String source) {
    }

    public record CompareRow(String label, boolean heading, List<BigDecimal> amounts, List<BigDecimal> changes) {
    }

    /**
     * A comparison's table; {@code changes} says whether it has a 增减 column after each year: only one department over its
     * years changes, two departments are side by side, not one becoming the other.
     */
    public record Comparison(String title, List<String> columns, List<CompareRow> rows, List<String> notes, boolean changes) {
    }

    public record Ranking(String code, String name, String link, BigDecimal amount, BigDecimal share) {
    }

    public record YearTotals(int year, Snapshot.Totals totals) {
    }

    /**
     * A region's page. {@code series} sums each year's departments, however many published that year; {@code alike} sums,
     * each year, only the {@code alikeCount} departments that published in every one of those years — like with like —
     * and is empty when every year has the same departments (then {@code series} is alike) or none is in every year.
     */
    public record Region(String code, String name, Integer year, List<Integer> years, Snapshot.Totals totals,
                         List<Summary.ClassAmount> byClass, List<Ranking> threePublicRanking, List<Ranking> projectShare,
                         List<YearTotals> series, List<ExecutionRank> execution, List<YearTotals> alike, int alikeCount) {

        /** Whether the years' totals are of different sets of departments. */
        public boolean mixed() {
            return series.size() > 1 && (alikeCount == 0 || !alike.isEmpty());
        }
    }

    public record Search(String query, List<org.gongkai.server.search.SearchResult> hits) {
    }

    static Home home(Snapshot snapshot, Integer requested) {
        return home(snapshot, requested, null, Order.CODE, 1);
    }

    static Home home(Snapshot snapshot, Integer requested, String region, Order order, int page) {
        List<Integer> years = snapshot.years();
        Integer year = requested != null ? requested : years.isEmpty() ? null : years.get(0);
        if (year == null) {
            return new Home(null, years, List.of(), 0, departments(List.of(), null, null, order, page), List.of());
        }
        List<RegionRow> regions = snapshot.regionTotals(year);
        String regionName = region == null ? null : snapshot.regions().get(region);
        List<PublishedDisclosure> listed = regionName == null ? snapshot.current(year) : snapshot.current(year, region);
        return new Home(year, years, regions.subList(0, Math.min(REGION_CARDS, regions.size())), regions.size(),
                departments(listed, regionName == null ? null : region, regionName, order, page), snapshot.byClass(year));
    }

    /** One page of the departments in the order asked (pages count from 1; one past the end shows the last). */
    static DepartmentPage departments(List<PublishedDisclosure> listed, String region, String regionName, Order order, int page) {
        int pages = Math.max(1, (listed.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(1, page), pages);
        List<DepartmentRow> rows = listed.stream().sorted(order.comparator()).skip((long) (shown - 1) * PAGE_SIZE).limit(PAGE_SIZE)
                .map(DepartmentRow::of).toList();
        return new DepartmentPage(rows, region, regionName, order, shown, pages, listed.size());
    }

    static Department department(Snapshot snapshot, PublishedDisclosure p) {
        Map<String, String> explanation = new LinkedHashMap<>();
        org.gongkai.io.template.TemplateLabels.SECTIONS.forEach((section, label) -> {
            String text = p.model().narrative(section);
            if (text != null) {
                explanation.put(label, text);
            }
        });
        List<ProjectView> projects = new ArrayList<>();
        for (int i = 0; i < p.model().projects().size(); i++) {
            var project = p.model().projects().get(i);
            projects.add(new ProjectView(i + 1, project.name(), project.code(), project.unitName(), project.amount(), project.goals(),
                    project.indicators()));
        }
        List<Version> versions = snapshot.versions(p.departmentCode(), p.year()).stream()
                .map(v -> new Version(v.version(), v.path(), v.publishedAt() == null ? null : DAY.format(v.publishedAt()),
                        v.superseded(), v.record().correctionReason())).toList();
        String current = "/d/" + p.departmentCode() + "/" + p.year();
        return new Department(DepartmentRow.of(p), p.record().regionCode(), p.regionName(), p.version(), p.superseded(), current,
                p.summary(), Headlines.of(p, snapshot.find(p.departmentCode(), p.year() - 1, p.kind(), null)), p.tables(), p.findings(), explanation, projects, p.model().procurement(), p.model().assets(), versions,
                threePublicTrend(snapshot.history(p.departmentCode(), p.kind())), p.kind(), p.record().id());
    }

    /** Each year's published "三公" amounts; a year with no disclosure of its own takes the next year's "上年" figures. */
    static List<YearThreePublic> threePublicTrend(List<PublishedDisclosure> history) {
        Map<Integer, YearThreePublic> years = new TreeMap<>();
        for (PublishedDisclosure p : history) {
            ThreePublicAmounts last = p.model().threePublicLastYear();
            if (last != null && !years.containsKey(p.year() - 1)) {
                years.put(p.year() - 1, trendPoint(p.year() - 1, last, p.year() + " 年公开文件所列上年数"));
            }
            years.put(p.year(), trendPoint(p.year(), p.summary().threePublic(), p.year() + " 年公开文件"));
        }
        return List.copyOf(years.values());
    }

    private static YearThreePublic trendPoint(int year, ThreePublicAmounts a, String source) {
        return new YearThreePublic(year, Money.normalize(a.abroad(), "abroad"), Money.normalize(a.vehicle(), "vehicle"),
                Money.normalize(Money.orZero(a.reception()), "reception"), Money.normalize(a.total(), "total"), source);
    }

    /** One department across its published years; the oldest year also shows the "上年" figures its document states. */
    static Comparison overYears(List<PublishedDisclosure> history) {
        PublishedDisclosure first = history.get(0);
        List<String> columns = new ArrayList<>();
        List<Summary> summaries = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        var previous = first.model().previousYear();
        ThreePublicAmounts previousThree = first.model().threePublicLastYear();
        boolean previousFigures = previous != null && previous.expenditureTotal() != null;
        if (previousFigures || previousThree != null) {
            columns.add((first.year() - 1) + " 年（" + first.year() + " 年文件所列）");
            summaries.add(new Summary(previousFigures ? previous.expenditureTotal() : null, previousFigures ? previous.basic() : null,
                    previousFigures ? previous.project() : null, previousThree == null ? ThreePublicAmounts.NONE : previousThree,
                    List.of(), true));
            notes.add((first.year() - 1) + " 年数取自 " + first.year() + " 年公开文件所列的上年数，未分功能科目。");
        }
        for (PublishedDisclosure p : history) {
            columns.add(p.year() + " 年");
            summaries.add(p.summary());
        }
        return new Comparison(first.departmentName() + " 历年比较", columns, rows(summaries, true), notes, true);
    }

    /** Two departments in one year, side by side, without a 增减: one department is no change of the other. */
    static Comparison sideBySide(PublishedDisclosure a, PublishedDisclosure b) {
        return new Comparison(a.departmentName() + " 与 " + b.departmentName() + "（" + a.year() + " 年）",
                List.of(a.departmentName(), b.departmentName()), rows(List.of(a.summary(), b.summary()), false),
                List.of("两个部门并列列示，不计算增减；同一部门的历年增减见「部门历年比较」。"), false);
    }

    private static List<CompareRow> rows(List<Summary> summaries, boolean changes) {
        List<CompareRow> rows = new ArrayList<>();
        rows.add(row("支出合计", summaries, Summary::total));
        rows.add(row("基本支出", summaries, Summary::basic));
        rows.add(row("项目支出", summaries, Summary::project));
        Map<String, String> classes = new TreeMap<>();
        summaries.forEach(s -> s.byClass().forEach(c -> classes.putIfAbsent(c.code(), c.name())));
        if (!classes.isEmpty()) {
            rows.add(new CompareRow("按功能分类（类）", true, List.of(), List.of()));
        }
        classes.forEach((code, name) -> rows.add(row(code + " " + name, summaries, s -> s.byClass().stream()
                .filter(c -> c.code().equals(code)).map(Summary.ClassAmount::amount).findFirst()
                .orElse(s.byClass().isEmpty() ? null : BigDecimal.ZERO.setScale(2)))));
        rows.add(new CompareRow("“三公”经费", true, List.of(), List.of()));
        rows.add(row("“三公”经费合计", summaries, s -> s.threePublic().total()));
        rows.add(row("因公出国（境）费", summaries, s -> s.threePublic().abroad()));
        rows.add(row("公务用车购置费", summaries, s -> Money.orZero(s.threePublic().vehiclePurchase())));
        rows.add(row("公务用车运行维护费", summaries, s -> Money.orZero(s.threePublic().vehicleOperation())));
        rows.add(row("公务接待费", summaries, s -> Money.orZero(s.threePublic().reception())));
        return changes ? rows : rows.stream().map(r -> new CompareRow(r.label(), r.heading(), r.amounts(), List.of())).toList();
    }

    private static CompareRow row(String label, List<Summary> summaries, Function<Summary, BigDecimal> value) {
        List<BigDecimal> amounts = new ArrayList<>();
        List<BigDecimal> changes = new ArrayList<>();
        for (int i = 0; i < summaries.size(); i++) {
            BigDecimal amount = value.apply(summaries.get(i));
            amounts.add(amount == null ? null : Money.normalize(amount, "amount"));
            changes.add(i == 0 ? null : Summary.change(amounts.get(i - 1), amounts.get(i)));
        }
        return new CompareRow(label, false, amounts, changes);
    }

    static Region region(Snapshot snapshot, String code, String name, Integer requested) {
        List<Integer> years = snapshot.years().stream().filter(y -> !snapshot.current(y, code).isEmpty()).toList();
        Integer year = requested != null ? requested : years.isEmpty() ? null : years.get(0);
        List<PublishedDisclosure> current = year == null ? List.of() : snapshot.current(year, code);
        Snapshot.Totals totals = year == null ? Snapshot.totals(List.of()) : snapshot.totals(year, code);
        List<Ranking> threePublic = current.stream().sorted(Order.THREE_PUBLIC.comparator()).limit(RANKED)
                .map(p -> new Ranking(p.departmentCode(), p.departmentName(), p.path(), p.summary().threePublicTotal(),
                        Summary.percent(p.summary().threePublicTotal(), totals.threePublic()))).toList();
        List<Ranking> projectShare = current.stream().sorted(Order.PROJECT_SHARE.comparator()).limit(RANKED)
                .map(p -> new Ranking(p.departmentCode(), p.departmentName(), p.path(), p.summary().project(),
                        p.summary().projectShare())).toList();
        List<YearTotals> series = years.stream().sorted().map(y -> new YearTotals(y, snapshot.totals(y, code))).toList();
        java.util.Set<String> everyYear = everyYear(snapshot, code, years);
        boolean same = years.stream().allMatch(y -> snapshot.current(y, code).size() == everyYear.size());
        List<YearTotals> alike = same || everyYear.isEmpty() ? List.of() : years.stream().sorted()
                .map(y -> new YearTotals(y, Snapshot.totals(snapshot.current(y, code).stream()
                        .filter(p -> everyYear.contains(p.departmentCode())).toList()))).toList();
        return new Region(code, name, year, years, totals, year == null ? List.of() : snapshot.byClass(year, code), threePublic,
                projectShare, series, year == null ? List.of() : Executions.ranking(snapshot, year, code, RANKED), alike,
                same ? everyYear.size() : alike.isEmpty() ? 0 : everyYear.size());
    }

    /** The codes of the region's departments that published in each of these years. */
    private static java.util.Set<String> everyYear(Snapshot snapshot, String code, List<Integer> years) {
        java.util.Set<String> common = null;
        for (int y : years) {
            java.util.Set<String> those = new java.util.HashSet<>();
            snapshot.current(y, code).forEach(p -> those.add(p.departmentCode()));
            if (common == null) {
                common = those;
            } else {
                common.retainAll(those);
            }
        }
        return common == null ? java.util.Set.of() : common;
    }

}
