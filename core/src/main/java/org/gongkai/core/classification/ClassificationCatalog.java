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
    private final Map<Integer, YearCatalog> years = new java.util.concurrent.ConcurrentHashMap<>();

    private ClassificationCatalog() {
        functions = VersionedNames.load("function-codes.tsv", "code");
        economics = VersionedNames.load("economic-codes.tsv", "code");
        incomeTypes = VersionedNames.load("income-types.tsv", "id");
        glossaryTerms = VersionedNames.load("glossary-terms.tsv", "id");
        summaryRows = TsvResource.read("summary-expenditure-rows.tsv");
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

    public YearCatalog forYear(int year) {
        if (!supports(year)) {
            throw new IllegalArgumentException("预算年度 " + year + " 超出分类目录覆盖范围 " + FIRST_YEAR + "–" + LAST_YEAR);
        }
        return years.computeIfAbsent(year, y ->
                new YearCatalog(y, functions, economics, incomeTypes, glossaryTerms, summaryRowsFor(y)));
    }

    /** Every name the function code has had, oldest first. */
    public List<CatalogEntry> functionHistory(String code) {
        return functions.history(code);
    }

    public List<CatalogEntry> economicHistory(String code) {
        return economics.history(code);
    }

    private List<SummaryRow> summaryRowsFor(int year) {
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
                        ? functions.find(code, year).orElseThrow(() -> new IllegalStateException(
                                "收支总表行 " + code + " 在 " + year + " 年功能分类中不存在")).name()
                        : row.get("label");
                rows.add(new SummaryRow(FunctionCode.of(code), label));
            }
        }
        return List.copyOf(rows);
    }
}
