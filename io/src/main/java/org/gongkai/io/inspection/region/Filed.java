package org.gongkai.io.inspection.region;

import java.util.Locale;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.rules.Disclosure;

/**
 * One readable document as the region sees it: where it was filed (its path in the batch), what its content says it
 * is (department, code where printed, year, kind, level) and its comparable figures.
 */
public record Filed(String file, String sha256, String departmentCode, String departmentName, int year, DisclosureKind kind,
                    Disclosure.Level level, Figures figures) {

    public Filed {
        level = level == null ? Disclosure.Level.DEPARTMENT : level;
        figures = figures == null ? Figures.NONE : figures;
    }

    /** The department's name as compared: without 「中共」, spaces, brackets and a trailing 本级/本部. */
    public String normalisedName() {
        return normalise(departmentName);
    }

    /** The code printed on the document, or null ("000" is the importer's "none printed"). */
    public String code() {
        return departmentCode == null || departmentCode.isBlank() || "000".equals(departmentCode) ? null : departmentCode;
    }

    /** 「上海市普陀区商务委员会 2025 年部门预算（sh/commerce.pdf）」: how a message names this document. */
    public String describe() {
        return "《" + file + "》（" + departmentName + " " + year + " 年" + level.chinese() + kind.shortName() + "）";
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String plain = name.replaceAll("[\\s\u3000]", "").replace('(', '（').replace(')', '）').toLowerCase(Locale.ROOT);
        plain = plain.replaceFirst("^中共", "").replaceFirst("^中国共产党", "");
        plain = plain.replaceAll("（(本级|本部|机关|汇总|合并)）$", "").replaceAll("(本级|本部)$", "");
        return plain;
    }

    /** Two names of one department: equal, or one ends with the other (a roster leaves out the region, 「上海市」). */
    public static boolean sameDepartment(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() < y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= 4 && longer.endsWith(shorter);
    }
}
