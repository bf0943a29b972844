package org.gongkai.core.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built-in catalog of every year, read from the TSV resources beside this class.
 * Use {@link #builtIn()} and then {@link #forYear(int)}.
 */
public final class ClassificationCatalog {

    /** Budget years the catalog vouches for; outside them a model is refused rather than mis-classified. */
    public static final int FIRST_YEAR = 2016;
    public static final int LAST_YEAR = 2030;

    private final VersionedNames functions;
    private final VersionedNames economics;
    private final VersionedNames incomeTypes;
    private final VersionedNames glossaryTerms;
    private final List<Map<String, String>> summaryRows;
    /** Official catalogs loaded by a finance bureau, by budget year: each replaces the built-in list of its year. */
    private final Map<Integer, OfficialCatalog> official;
    private final Map<Integer, YearCatalog> years = new java.util.concurrent.ConcurrentHashMap<>();

    private ClassificationCatalog() {
        functions = VersionedNames.load("function-codes.tsv", "code");
        economics = VersionedNames.load("economic-codes.tsv", "code");
        incomeTypes = VersionedNames.load("income-types.tsv", "id");
        glossaryTerms = VersionedNames.load("glossary-terms.tsv", "id");
        summaryRows = TsvResource.read("summary-expenditure-rows.tsv");
        official = Map.of();
    }

    private ClassificationCatalog(ClassificationCatalog base, Map<Integer, OfficialCatalog> official) {
        functions = base.functions;
        economics = base.economics;
        incomeTypes = base.incomeTypes;
        glossaryTerms = base.glossaryTerms;
        summaryRows = base.summaryRows;
        this.official = Map.copyOf(official);
    }

    private static final class Holder {
        private static final ClassificationCatalog INSTANCE = new ClassificationCatalog();
    }

    public static ClassificationCatalog builtIn() {
        return Holder.INSTANCE;
    }

    public static boolean supports(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /**
     * This catalog with official lists in force: each replaces the built-in codes of its year (the economic codes only
     * when its file carries them). Years without an official list keep the built-in one.
     */
    public ClassificationCatalog withOfficial(java.util.Collection<OfficialCatalog> lists) {
        Map<Integer, OfficialCatalog> byYear = new java.util.HashMap<>(official);
        lists.forEach(list -> byYear.put(list.year(), list));
        return new ClassificationCatalog(this, byYear);
    }

    /** The official list in force for the year, if one was loaded. */
    public java.util.Optional<OfficialCatalog> official(int year) {
        return java.util.Optional.ofNullable(official.get(year));
    }

    public YearCatalog forYear(int year) {
        if (!supports(year)) {
            throw new IllegalArgumentException("预算年度 " + year + " 超出分类目录覆盖范围 " + FIRST_YEAR + "–" + LAST_YEAR);
        }
        return years.computeIfAbsent(year, this::build);
    }

    private YearCatalog build(int year) {
        OfficialCatalog list = official.get(year);
        if (list == null) {
            return new YearCatalog(year, functions, economics, incomeTypes, glossaryTerms, summaryRowsFor(year, functions));
        }
        VersionedNames officialFunctions = VersionedNames.of("官方目录", withBuiltInGlossary(list.functions(), functions, year));
        VersionedNames officialEconomics = list.economics().isEmpty() ? economics
                : VersionedNames.of("官方目录", withBuiltInGlossary(list.economics(), economics, year));
        return new YearCatalog(year, officialFunctions, officialEconomics, incomeTypes, glossaryTerms,
                summaryRowsFor(year, officialFunctions));
    }

    /** An official file rarely carries the 说明 texts: a code keeping its built-in name keeps its built-in text. */
    private static java.util.List<CatalogEntry> withBuiltInGlossary(Map<String, CatalogEntry> entries, VersionedNames builtIn, int year) {
        return entries.values().stream().map(e -> e.hasGlossary() ? e : builtIn.find(e.code(), year)
                .filter(b -> b.name().equals(e.name()))
                .map(b -> new CatalogEntry(e.code(), e.name(), e.years(), b.glossary(), e.source())).orElse(e)).toList();
    }

    /** Every name the function code has had, oldest first. */
    public List<CatalogEntry> functionHistory(String code) {
        return functions.history(code);
    }

    public List<CatalogEntry> economicHistory(String code) {
        return economics.history(code);
    }

    private List<SummaryRow> summaryRowsFor(int year, VersionedNames names) {
        List<SummaryRow> rows = new ArrayList<>();
        for (Map<String, String> row : summaryRows) {
            if (!TsvResource.years(row).contains(year)) {
                continue;
            }
            String code = row.get("code");
            if (code.isEmpty()) {
                rows.add(new SummaryRow(null, row.get("label")));
            } else {
                String label = row.get("label").isEmpty()
                        ? names.find(code, year).or(() -> functions.find(code, year)).orElseThrow(() -> new IllegalStateException(
                                "收支总表行 " + code + " 在 " + year + " 年功能分类中不存在")).name()
                        : row.get("label");
                rows.add(new SummaryRow(FunctionCode.of(code), label));
            }
        }
        return List.copyOf(rows);
    }
}
