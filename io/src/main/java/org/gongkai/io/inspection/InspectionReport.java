package org.gongkai.io.inspection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.Rule;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.io.inspection.region.RegionFinding;

/** The batch's result: one scorecard per document, the ranking of departments and the most frequent findings. */
public record InspectionReport(List<Scorecard> documents, Summary summary, List<RegionFinding> region) {

    /** {@code region}: the findings across documents and against the roster (empty in reports written before it). */
    public InspectionReport {
        region = region == null ? List.of() : List.copyOf(region);
    }

    /**
     * A department-year's budget or 决算 in the ranking (its first readable, non-duplicate document by name); {@code kind}
     * is 预算 or 决算.
     */
    public record Ranked(int rank, String departmentCode, String departmentName, Integer year, String kind, BigDecimal score,
                         long errors, long warnings, String file, int document) {
    }

    /** A rule that fails often: in how many documents, how many times in all. */
    public record Frequent(String rule, String severity, String description, int documents, int occurrences) {
    }

    /**
     * {@code parts}: files checked as one part of a disclosure under its other part's row, so that documents = checked +
     * unreadable + duplicates + parts (0 in reports written before it was counted).
     */
    public record Summary(int documents, int checked, int unreadable, int duplicates, BigDecimal averageScore,
                          List<Ranked> ranking, List<Frequent> frequentFindings, long millis, BigDecimal documentsPerSecond, int parts) {
    }

    static InspectionReport of(List<Scorecard> cards, Duration elapsed, List<RegionFinding> region) {
        List<Scorecard> checked = cards.stream().filter(c -> c.status() == Scorecard.Status.CHECKED).toList();
        int unreadable = (int) cards.stream().filter(c -> c.status() == Scorecard.Status.UNREADABLE).count();
        int duplicates = (int) cards.stream().filter(c -> c.status() == Scorecard.Status.DUPLICATE).count();
        int parts = (int) cards.stream().filter(c -> c.status() == Scorecard.Status.PART).count();
        BigDecimal average = checked.isEmpty() ? BigDecimal.ZERO.setScale(1) : checked.stream().map(Scorecard::score)
                .reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(checked.size()), 1, RoundingMode.HALF_UP);
        long millis = Math.max(1, elapsed.toMillis());
        BigDecimal rate = BigDecimal.valueOf(cards.size() * 1000L).divide(BigDecimal.valueOf(millis), 1, RoundingMode.HALF_UP);
        return new InspectionReport(List.copyOf(cards), new Summary(cards.size(), checked.size(), unreadable, duplicates, average,
                ranking(checked), frequent(checked), millis, rate, parts), region);
    }

    private static List<Ranked> ranking(List<Scorecard> checked) {
        Map<String, Scorecard> first = new LinkedHashMap<>();
        checked.forEach(c -> first.putIfAbsent(c.departmentYear(), c));
        List<Scorecard> sorted = new ArrayList<>(first.values());
        sorted.sort(Comparator.comparing(Scorecard::score).reversed().thenComparing(Scorecard::file));
        List<Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Scorecard c = sorted.get(i);
            int rank = i > 0 && c.score().compareTo(sorted.get(i - 1).score()) == 0 ? ranking.get(i - 1).rank() : i + 1;
            ranking.add(new Ranked(rank, c.departmentCode(), c.departmentName(), c.year(), c.kindName(), c.score(),
                    c.count(org.gongkai.core.rules.Severity.ERROR), c.count(org.gongkai.core.rules.Severity.WARNING), c.file(),
                    c.number()));
        }
        return ranking;
    }

    private static List<Frequent> frequent(List<Scorecard> checked) {
        Map<String, int[]> counts = new HashMap<>();
        for (Scorecard c : checked) {
            c.findings().stream().map(Finding::rule).distinct().forEach(rule -> counts.computeIfAbsent(rule, r -> new int[2])[0]++);
            c.findings().forEach(f -> counts.computeIfAbsent(f.rule(), r -> new int[2])[1]++);
        }
        Map<String, Rule> rules = new HashMap<>();
        RuleRegistry.all().forEach(r -> rules.put(r.id(), r));
        return counts.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, int[]> e) -> -e.getValue()[0])
                        .thenComparing(e -> -e.getValue()[1]).thenComparing(Map.Entry::getKey))
                .limit(20)
                .map(e -> {
                    Rule rule = rules.get(e.getKey());
                    return new Frequent(e.getKey(), rule == null ? "" : rule.severity().chinese(),
                            rule == null ? "" : rule.description(), e.getValue()[0], e.getValue()[1]);
                }).toList();
    }
}
