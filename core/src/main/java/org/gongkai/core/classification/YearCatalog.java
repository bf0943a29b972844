package org.gongkai.core.classification;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalog as in force in one budget year. */
public final class YearCatalog {

    private final int year;
    private final VersionedNames functions;
    private final VersionedNames economics;
    private final VersionedNames incomeTypes;
    private final VersionedNames glossaryTerms;
    private final List<SummaryRow> summaryRows;

    YearCatalog(int year, VersionedNames functions, VersionedNames economics, VersionedNames incomeTypes,
                VersionedNames glossaryTerms, List<SummaryRow> summaryRows) {
        this.year = year;
        this.functions = functions;
        this.economics = economics;
        this.incomeTypes = incomeTypes;
        this.glossaryTerms = glossaryTerms;
        this.summaryRows = summaryRows;
    }

    public int year() {
        return year;
    }

    public Optional<CatalogEntry> function(FunctionCode code) {
        return functions.find(code.value(), year);
    }

    public Optional<CatalogEntry> function(String code) {
        return functions.find(code, year);
    }

    public boolean hasFunction(FunctionCode code) {
        return function(code).isPresent();
    }

    /** The official name; throws for a code missing from this year's catalog (models are checked before this). */
    /**
     * What a table prints for a code the catalog in force does not hold (a code new this year, before the official
     * catalog is loaded): the row stays, named so that nobody takes it for the official name.
     */
    public static final String UNKNOWN_NAME = "（目录中无此科目）";

    public String functionName(FunctionCode code) {
        return function(code).map(CatalogEntry::name).orElse(UNKNOWN_NAME);
    }

    public String functionName(String code) {
        return functionName(FunctionCode.of(code));
    }

    public Optional<CatalogEntry> economic(EconomicCode code) {
        return economics.find(code.value(), year);
    }

    public Optional<CatalogEntry> economic(String code) {
        return economics.find(code, year);
    }

    public String economicName(EconomicCode code) {
        return economic(code).map(CatalogEntry::name).orElse(UNKNOWN_NAME);
    }

    /** Name of an income type by its id (the {@code FundingSource} constant name, or CARRY_OVER). */
    public String incomeTypeName(String id) {
        return incomeTypes.find(id, year).orElseThrow(() -> new IllegalArgumentException(
                "收入类型 " + id + " 不在 " + year + " 年目录中")).name();
    }

    public Optional<CatalogEntry> incomeType(String id) {
        return incomeTypes.find(id, year);
    }

    public Optional<CatalogEntry> glossaryTerm(String id) {
        return glossaryTerms.find(id, year);
    }

    /** The expenditure rows of 部门预算收支总表 (table 1) in their official order. */
    public List<SummaryRow> summaryRows() {
        return summaryRows;
    }

    public Map<String, CatalogEntry> functionsInForce() {
        return functions.inForce(year);
    }

    /**
     * Whether the catalog holds this year's economic classification at all (the pre-2018 scheme is not built in): when
     * it does not, an economic code cannot be judged and is only warned about.
     */
    public boolean holdsEconomics() {
        return !departmentEconomicsInForce().isEmpty();
    }

    /** Whether an economic code's class is known, or cannot be judged this year. */
    public boolean economicClassKnownOrUnjudged(String code) {
        return !holdsEconomics() || economic(code.substring(0, 3)).isPresent();
    }

    /** Both economic classifications in force: 部门支出经济分类 (3xx) and 政府预算支出经济分类 (5xx). */
    public Map<String, CatalogEntry> economicsInForce() {
        return economics.inForce(year);
    }

    /** The 部门支出经济分类 (3xx) in force: what a department's 基本支出 is entered in. */
    public Map<String, CatalogEntry> departmentEconomicsInForce() {
        Map<String, CatalogEntry> department = new java.util.LinkedHashMap<>();
        economicsInForce().forEach((code, entry) -> {
            if (code.startsWith("3")) {
                department.put(code, entry);
            }
        });
        return department;
    }
}
