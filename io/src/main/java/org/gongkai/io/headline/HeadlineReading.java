package org.gongkai.io.headline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.budget.DisclosureKind;
import org.gongkai.io.importing.ImportResult;

/**
 * The headline figures of an imported document, believed only after cross-checking: every table that prints a figure
 * and every sentence that states it is a piece of evidence; readings that agree confirm each other, readings that
 * disagree are decided by the document's own identities ({@link Identity}) or left open, and a figure that makes an
 * identity impossible (a part larger than its whole, a zero part of a non-zero whole that does not add up) is not
 * believed at all. A wrong figure is worse than none: what is not believed is null, with the reason in its doubt.
 */
public final class HeadlineReading {

    private final Map<Subject, Figure> figures;
    private final List<Check> checks;

    private HeadlineReading(Map<Subject, Figure> figures, List<Check> checks) {
        this.figures = figures;
        this.checks = List.copyOf(checks);
    }

    public static HeadlineReading of(ImportResult result) {
        List<Evidence> evidence = new ArrayList<>(TableEvidence.of(result.readTables()));
        java.util.Set<Subject> read = java.util.EnumSet.noneOf(Subject.class);
        evidence.forEach(e -> read.add(e.subject()));
        List<Evidence> stated = StatedEvidence.of(result.model(), result.kind());
        evidence.addAll(ModelEvidence.of(result.model(), read, stated));
        evidence.addAll(stated);
        return of(evidence, result.kind());
    }

    /** Resolves the readings given (tables' and statements') into believed figures. */
    public static HeadlineReading of(List<Evidence> evidence, DisclosureKind kind) {
        List<Identity> identities = kind == DisclosureKind.FINAL_ACCOUNTS ? Identity.FINAL_ACCOUNTS : Identity.BUDGET;
        Map<Subject, List<List<Evidence>>> clusters = new EnumMap<>(Subject.class);
        for (Subject subject : Subject.values()) {
            // No headline figure is below zero: a negative reading (a 合计 less its classes, misread) is no reading.
            clusters.put(subject, clusters(evidence.stream().filter(e -> e.subject() == subject && e.value().signum() >= 0).toList()));
        }
        Map<Subject, Figure> figures = new EnumMap<>(Subject.class);
        for (Subject subject : Subject.values()) {
            figures.put(subject, decide(subject, clusters, identities));
        }
        return new HeadlineReading(figures, Identities.judge(figures, identities));
    }

    /** Readings grouped by agreement, the best supported group first (more readings, then tables before sentences). */
    private static List<List<Evidence>> clusters(List<Evidence> readings) {
        List<List<Evidence>> clusters = new ArrayList<>();
        for (Evidence reading : readings) {
            clusters.stream().filter(c -> c.get(0).agrees(reading.value())).findFirst()
                    .ifPresentOrElse(c -> c.add(reading), () -> clusters.add(new ArrayList<>(List.of(reading))));
        }
        clusters.sort(Comparator.comparingInt((List<Evidence> c) -> -c.size()).thenComparingInt(c -> firstTable(c) ? 0 : 1));
        return clusters;
    }

    private static boolean firstTable(List<Evidence> cluster) {
        return cluster.stream().anyMatch(e -> e.source() == Evidence.Source.TABLE);
    }

    private static boolean fromALabelledRow(List<Evidence> cluster) {
        return cluster.stream().anyMatch(e -> e.source() == Evidence.Source.TABLE && e.labelled());
    }

    /** The group's value: a table's where it has one (printed to the 分 of a 元 table), else the sentence's. */
    private static BigDecimal value(List<Evidence> cluster) {
        return cluster.stream().filter(e -> e.source() == Evidence.Source.TABLE).findFirst().orElse(cluster.get(0)).value();
    }

    private static Figure decide(Subject subject, Map<Subject, List<List<Evidence>>> all, List<Identity> identities) {
        List<List<Evidence>> clusters = all.get(subject);
        if (clusters.isEmpty()) {
            return Figure.none(subject);
        }
        List<Evidence> readings = clusters.stream().flatMap(List::stream).toList();
        if (clusters.size() == 1) {
            boolean independent = readings.stream().map(e -> e.source() + e.how()).distinct().count() > 1;
            return new Figure(subject, value(clusters.get(0)), independent ? Figure.Confidence.HIGH : Figure.Confidence.SINGLE, readings, null);
        }
        // Readings disagree: the identities that hold with each candidate decide.
        // A zero is the weakest reading: a blank cell or a column not found reads as one.
        // A table's labelled row outweighs a sentence (a text's slip is likelier than a misread 合计); a first row taken
        // for the total because no row says 合计 does not.
        List<Integer> support = clusters.stream().map(c -> support(subject, value(c), all, identities) * 2 + c.size()
                + (fromALabelledRow(c) ? 1 : 0) - (value(c).signum() == 0 ? 2 : 0)).toList();
        int best = 0;
        for (int i = 1; i < support.size(); i++) {
            best = support.get(i) > support.get(best) ? i : best;
        }
        int top = support.get(best);
        boolean tie = support.stream().filter(s -> s == top).count() > 1;
        String others = describe(clusters, best);
        if (tie) {
            return new Figure(subject, null, Figure.Confidence.DOUBTFUL, readings,
                    subject.chinese() + "的读数互不一致（" + others + "），无法判定，未采用");
        }
        return new Figure(subject, value(clusters.get(best)), Figure.Confidence.DOUBTFUL, readings,
                "采用 " + value(clusters.get(best)).toPlainString() + "（" + clusters.get(best).get(0).describe() + "），另有读数：" + others
                        + "；依据：与本文件其他数字的勾稽关系及读数多寡");
    }

    /**
     * How many identities can hold exactly with the candidate in place, each with some reading of its other figures
     * (basic 1168039.29 and project 906922.72 of a sentence add up to its 2074962.01 where a misread table's do not).
     */
    private static int support(Subject subject, BigDecimal candidate, Map<Subject, List<List<Evidence>>> clusters,
                               List<Identity> identities) {
        int count = 0;
        for (Identity identity : identities) {
            List<Subject> members = new ArrayList<>(identity.parts());
            members.add(identity.whole());
            if (members.contains(subject) && holdsWithSome(identity, members, 0, subject, candidate, clusters, new EnumMap<>(Subject.class))) {
                count++;
            }
        }
        return count;
    }

    private static boolean holdsWithSome(Identity identity, List<Subject> members, int next, Subject subject, BigDecimal candidate,
                                         Map<Subject, List<List<Evidence>>> clusters, Map<Subject, BigDecimal> values) {
        if (next == members.size()) {
            return identity.exactly(values);
        }
        Subject member = members.get(next);
        List<BigDecimal> options = member == subject ? List.of(candidate) : clusters.get(member).stream().map(HeadlineReading::value).toList();
        for (BigDecimal option : options) {
            values.put(member, option);
            if (holdsWithSome(identity, members, next + 1, subject, candidate, clusters, values)) {
                return true;
            }
        }
        values.remove(member);
        return options.isEmpty() && holdsWithSome(identity, members, next + 1, subject, candidate, clusters, values);
    }

    private static String describe(List<List<Evidence>> clusters, int except) {
        List<String> others = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            if (i != except) {
                others.add(value(clusters.get(i)).toPlainString() + "（" + clusters.get(i).get(0).describe() + "）");
            }
        }
        return String.join("；", others);
    }

    /** The figure believed for the subject: never null itself, its value null when not read or not believed. */
    public Figure figure(Subject subject) {
        return figures.get(subject);
    }

    public Optional<BigDecimal> value(Subject subject) {
        return Optional.ofNullable(figures.get(subject).value());
    }

    public List<Check> checks() {
        return checks;
    }

    /** The figures in doubt, with why: readings that disagree, identities that fail. */
    public List<Figure> doubts() {
        return figures.values().stream().filter(f -> f.doubt() != null).toList();
    }
}
