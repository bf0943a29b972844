package org.gongkai.core.rules.cat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.budget.NarrativeSection;
import org.gongkai.core.classification.CatalogEntry;
import org.gongkai.core.classification.FunctionCode;
import org.gongkai.core.classification.YearCatalog;
import org.gongkai.core.rules.BaseRule;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Locations;
import org.gongkai.core.rules.Severity;
import org.gongkai.core.rules.TableQueries;

/**
 * R-CAT-05: the 功能分类名词解释 in the glossary lists real codes of the year with their names of that year
 * ("20101301 行政运行" has one digit too many; "210 医疗卫生与计划生育支出" is the pre-2019 name).
 */
public final class GlossaryCodesMatchCatalog extends BaseRule {

    /** Holds for final accounts as for budgets. */
    @Override
    public java.util.Set<org.gongkai.core.budget.DisclosureKind> kinds() {
        return EVERY_KIND;
    }

    /** A code followed by a name (a code followed by more digits is a row of a code table, "205 02 01"). */
    private static final Pattern ENTRY = Pattern.compile("^\\s*(\\d{3,9})[\\s\\t]+(\\p{IsHan}[^\\s\\t]*)", Pattern.MULTILINE);
    /** Glossaries explain the economic classes too (301 工资福利支出, 501 机关工资福利支出). */
    private static final Pattern ECONOMIC_CLASS = Pattern.compile("[35]\\d{2}|[35]\\d{4}");

    public GlossaryCodesMatchCatalog() {
        super("R-CAT-05", Severity.ERROR, "名词解释中列出的功能分类科目编码有效、在该年度目录中存在，且名称与该年度名称一致",
                "名词解释中 210 的名称应为“卫生健康支出”，写作“医疗卫生与计划生育支出”（这是 2018 年及以前的名称，2020 年已更名）");
    }

    @Override
    public List<Finding> check(Disclosure disclosure) {
        String glossary = disclosure.model().narrative(NarrativeSection.GLOSSARY);
        if (glossary == null || disclosure.catalog().isEmpty()) {
            return List.of();
        }
        YearCatalog catalog = disclosure.catalog().get();
        List<Finding> findings = new ArrayList<>();
        Matcher m = ENTRY.matcher(glossary);
        while (m.find()) {
            problem(catalog, m.group(1), m.group(2)).ifPresent(message ->
                    findings.add(finding(Locations.section(NarrativeSection.GLOSSARY) + "「" + m.group(1) + " " + m.group(2) + "」", message)));
        }
        return findings;
    }

    private static Optional<String> problem(YearCatalog catalog, String code, String name) {
        if (ECONOMIC_CLASS.matcher(code).matches()) {
            return economic(catalog, code, name);
        }
        if (!FunctionCode.isWellFormed(code)) {
            return Optional.of("科目编码 " + code + " 为 " + code.length() + " 位，不是有效的功能分类科目编码");
        }
        Optional<CatalogEntry> entry = catalog.function(code);
        if (entry.isEmpty()) {
            return Optional.of("功能分类科目 " + code + " 不在 " + catalog.year() + " 年目录中");
        }
        if (!entry.get().verified() || TableQueries.plain(entry.get().name()).equals(TableQueries.plain(name))) {
            return Optional.empty();
        }
        return Optional.of("名词解释中 " + code + " 的名称应为“" + entry.get().name() + "”，写作“" + name + "”"
                + CatalogNames.otherYearNote(catalog.year(), code, name, false));
    }

    /** An economic class is judged only on its name: the economic catalog's coverage is checked by R-CAT-02. */
    private static Optional<String> economic(YearCatalog catalog, String code, String name) {
        return catalog.economic(code).map(CatalogEntry::name)
                .filter(official -> !TableQueries.plain(official).equals(TableQueries.plain(name)))
                .map(official -> "名词解释中经济分类 " + code + " 的名称应为“" + official + "”，写作“" + name + "”");
    }
}
