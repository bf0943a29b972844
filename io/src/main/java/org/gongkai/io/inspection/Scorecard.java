package org.gongkai.io.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Severity;

/**
 * One document's result, for a budget or a 决算 alike (its {@code kind} says which). The overall score (0–100) is documented in docs/inspection.md:
 * completeness C (share of the checklist present), consistency K = max(0, 100 − 10·errors − 3·warnings)/100 and,
 * when the dates are known, timeliness T = 1 on time, else max(0, 1 − days late / 20);
 * score = 100·(0.4·C + 0.4·K + 0.2·T), or 100·(0.5·C + 0.5·K) without dates. A document that cannot be read scores 0.
 */
public record Scorecard(int number, String file, Status status, String reason, String departmentCode, String departmentName,
                        Integer year, DisclosureKind kind, List<Completeness.Item> completeness, List<Finding> findings,
                        Timeliness.Judgement timeliness, int unparsed, BigDecimal score, String sha256) {

    public enum Status {
        CHECKED("已检查"), UNREADABLE("无法读取"), DUPLICATE("重复文件"),
        /** A file that is one part of a disclosure checked together with its other part, under that one's row. */
        PART("并入另一文件");

        private final String chinese;

        Status(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    static Scorecard checked(int number, String file, String code, String name, int year, DisclosureKind kind,
                             List<Completeness.Item> completeness, List<Finding> findings, Timeliness.Judgement timeliness, int unparsed,
                             String sha256) {
        return new Scorecard(number, file, Status.CHECKED, null, printedCode(code), name, year, kind, completeness, findings, timeliness,
                unparsed, formula(completeness, findings, timeliness), sha256);
    }

    /** The importer's 「000」 says no code is printed: it is no code, and never shown as one. */
    static String printedCode(String code) {
        return code == null || code.isBlank() || "000".equals(code) ? null : code;
    }

    /** The code the region's roster gives a document that prints none. */
    Scorecard withCode(String code) {
        return new Scorecard(number, file, status, reason, code, departmentName, year, kind, completeness, findings, timeliness,
                unparsed, score, sha256);
    }

    static Scorecard unreadable(int number, String file, String reason, String sha256) {
        return new Scorecard(number, file, Status.UNREADABLE, reason, null, null, null, null, List.of(), List.of(),
                Timeliness.Judgement.UNKNOWN, 0, BigDecimal.ZERO.setScale(1), sha256);
    }

    Scorecard duplicateOf(String original) {
        return new Scorecard(number, file, Status.DUPLICATE, "与 " + original + " 内容相同", departmentCode, departmentName, year,
                kind, completeness, findings, timeliness, unparsed, score, sha256);
    }

    /**
     * Who, which year and what: the department's code where the document prints one ("000" is none), else its name; a
     * year's 决算 is another disclosure than that year's budget.
     */
    public String departmentYear() {
        String who = departmentCode == null || "000".equals(departmentCode) ? departmentName : departmentCode;
        return who + "/" + year + (kind == DisclosureKind.FINAL_ACCOUNTS ? "/" + kind.shortName() : "");
    }

    /** 预算 or 决算; empty for a document not read. */
    public String kindName() {
        return kind == null ? "" : kind.shortName();
    }

    /**
     * The part checked with {@code joined}: its findings are the joined disclosure's, listed once on that row, so the
     * part keeps none of its own (what its half alone lacked is no finding) and shows the disclosure's score.
     */
    Scorecard partOf(String other, Scorecard joined) {
        return new Scorecard(number, file, Status.PART, "与 " + other + " 是同一份公开的两部分，已合并检查", departmentCode,
                departmentName, year, kind, List.of(), List.of(), timeliness, unparsed, joined.score(), sha256);
    }

    Scorecard withReason(String note) {
        return new Scorecard(number, file, status, note, departmentCode, departmentName, year, kind, completeness, findings,
                timeliness, unparsed, score, sha256);
    }

    public BigDecimal completenessRatio() {
        return completeness.isEmpty() ? BigDecimal.ZERO : Completeness.ratio(completeness);
    }

    public BigDecimal consistency() {
        return BigDecimal.valueOf(consistencyPoints(findings)).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    /** Points one checklist item (one rule) can take off at most, as inspection sheets cap each item. */
    static final long CAP_PER_RULE = 20;

    /**
     * Consistency out of 100: 10 per error and 3 per warning, at most {@link #CAP_PER_RULE} per rule — one table added
     * up wrongly in thirty rows is one item marked down, not a document sunk to 0.
     */
    static long consistencyPoints(List<Finding> findings) {
        Map<String, Long> byRule = new TreeMap<>();
        for (Finding f : findings) {
            long points = f.severity() == Severity.ERROR ? 10 : f.severity() == Severity.WARNING ? 3 : 0;
            byRule.merge(f.rule(), points, Long::sum);
        }
        long deducted = byRule.values().stream().mapToLong(p -> Math.min(CAP_PER_RULE, p)).sum();
        return Math.max(0, 100 - deducted);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Findings per rule family (R-SUM, R-BAL, R-XT, R-TXT, R-UNIT, R-CAT, R-PERF, R-REQ) and severity. */
    public Map<String, Long> byFamily() {
        Map<String, Long> families = new TreeMap<>();
        for (Finding f : findings) {
            families.merge(family(f.rule()) + " " + f.severity().chinese(), 1L, Long::sum);
        }
        return families;
    }

    static String family(String rule) {
        int dash = rule.lastIndexOf('-');
        return dash > 0 ? rule.substring(0, dash) : rule;
    }

    static BigDecimal formula(List<Completeness.Item> completeness, List<Finding> findings, Timeliness.Judgement timeliness) {
        double c = Completeness.ratio(completeness).doubleValue();
        double k = consistencyPoints(findings) / 100.0;
        double score = switch (timeliness.verdict()) {
            case UNKNOWN -> 0.5 * c + 0.5 * k;
            case ON_TIME -> 0.4 * c + 0.4 * k + 0.2;
            case LATE -> 0.4 * c + 0.4 * k + 0.2 * Math.max(0, 1 - timeliness.daysLate() / (double) Timeliness.DAYS_ALLOWED);
        };
        return BigDecimal.valueOf(score * 100).setScale(1, RoundingMode.HALF_UP);
    }
}
