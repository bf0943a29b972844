package org.gongkai.io.inspection;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.core.budget.InvalidModelException;
import org.gongkai.core.classification.ClassificationCatalog;
import org.gongkai.core.rules.Disclosure;
import org.gongkai.core.rules.Finding;
import org.gongkai.core.rules.RuleRegistry;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.importing.Documents;
import org.gongkai.io.importing.ImportResult;
import org.gongkai.io.importing.Interpreter;
import org.gongkai.io.importing.source.SourceDocument;
import org.gongkai.io.inspection.region.FiguresReader;
import org.gongkai.io.inspection.region.Filed;
import org.gongkai.io.inspection.region.Region;
import org.gongkai.io.inspection.region.RegionRules;
import org.gongkai.io.inspection.region.Roster;
import org.gongkai.io.intake.Intake;

/**
 * Reads, checks and scores every document of a batch in parallel. A document that cannot be read is one row with
 * the reason and the batch goes on; a file identical to an earlier one is reported as its duplicate.
 */
public final class Inspection {

    /** Told after each document; called from the worker threads. */
    public interface Progress {
        void documentDone(int done, int total);
    }

    private Inspection() {
    }

    /** A document not read and checked within this time is reported as such and the batch goes on. */
    public static final Duration PER_DOCUMENT = Duration.ofMinutes(2);

    public static InspectionReport run(Batch batch, Timeliness dates, int threads, Progress progress) {
        return run(batch, dates, Roster.none(), threads, progress, PER_DOCUMENT);
    }

    /** The batch checked document by document, then across documents and against the region's roster. */
    public static InspectionReport run(Batch batch, Timeliness dates, Roster roster, int threads, Progress progress) {
        return run(batch, dates, roster, threads, progress, PER_DOCUMENT);
    }

    static InspectionReport run(Batch batch, Timeliness dates, int threads, Progress progress, Duration perDocument) {
        return run(batch, dates, Roster.none(), threads, progress, perDocument);
    }

    static InspectionReport run(Batch batch, Timeliness dates, Roster roster, int threads, Progress progress, Duration perDocument) {
        List<Batch.Document> documents = batch.documents();
        long started = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "gongkai-inspect");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Inspected>> futures = new ArrayList<>();
            List<java.util.concurrent.atomic.AtomicBoolean> counted = new ArrayList<>();
            for (int i = 0; i < documents.size(); i++) {
                int number = i + 1;
                Batch.Document document = documents.get(i);
                var once = new java.util.concurrent.atomic.AtomicBoolean();
                counted.add(once);
                futures.add(pool.submit(() -> {
                    Inspected card = inspect(number, document, dates);
                    if (once.compareAndSet(false, true)) {
                        progress.documentDone(done.incrementAndGet(), documents.size());
                    }
                    return card;
                }));
            }
            List<Inspected> parts = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                parts.add(await(futures.get(i), i + 1, documents.get(i).name(), perDocument));
                if (counted.get(i).compareAndSet(false, true)) {
                    progress.documentDone(done.incrementAndGet(), documents.size());
                }
            }
            Filed[] filed = parts.stream().map(Inspected::filed).toArray(Filed[]::new);
            List<Scorecard> cards = markSameDepartmentYear(markDuplicates(joinParts(parts, documents, dates, filed)));
            Region region = region(cards, filed, roster, dates);
            return InspectionReport.of(rosterCodes(cards, filed, region), Duration.ofNanos(System.nanoTime() - started),
                    RegionRules.check(region));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("检查被中断", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("检查出错：" + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Waits for one document at most {@code limit} more; one that takes longer (a pathological file) becomes a row
     * saying so, its work is interrupted, and the batch goes on.
     */
    private static Inspected await(Future<Inspected> future, int number, String name, Duration limit)
            throws InterruptedException, ExecutionException {
        try {
            return future.get(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            future.cancel(true);
            return new Inspected(Scorecard.unreadable(number, name, name + "：超过 " + limit.toSeconds() + " 秒仍未读完，已跳过", null),
                    null, false, false, null, null);
        }
    }

    /**
     * One file's scorecard and what it says it is part of: the department-year-level it names, and whether it holds
     * the tables, the explanation, or both.
     */
    record Inspected(Scorecard card, String disclosure, boolean tables, boolean explanation, SourceDocument source, Filed filed) {
    }

    /** The region of the documents read (a duplicate only for the rules that look at every file). */
    private static Region region(List<Scorecard> cards, Filed[] filed, Roster roster, Timeliness dates) {
        List<Filed> documents = new ArrayList<>();
        List<Filed> duplicates = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            if (filed[i] != null && cards.get(i).status() == Scorecard.Status.CHECKED) {
                documents.add(filed[i]);
            } else if (filed[i] != null && cards.get(i).status() == Scorecard.Status.DUPLICATE) {
                duplicates.add(filed[i]);
            }
        }
        return new Region(documents, duplicates, roster, dates);
    }

    /**
     * A document that prints no code takes the code of the roster entry its content names at its own level; without
     * such an entry it stays without one (never a made-up code).
     */
    private static List<Scorecard> rosterCodes(List<Scorecard> cards, Filed[] filed, Region region) {
        if (region.roster().isEmpty()) {
            return cards;
        }
        List<Scorecard> result = new ArrayList<>(cards);
        for (int i = 0; i < cards.size(); i++) {
            Filed document = filed[i];
            Scorecard card = cards.get(i);
            int at = i;
            if (card.departmentCode() == null && document != null) {
                region.entryOf(document).filter(e -> e.level() == document.level())
                        .ifPresent(e -> result.set(at, card.withCode(e.code())));
            }
        }
        return result;
    }

    /**
     * Files that are the parts of one disclosure — an explanation without tables and tables without an explanation,
     * naming the same department, year and level — are checked together as one disclosure, under both names.
     */
    private static List<Scorecard> joinParts(List<Inspected> parts, List<Batch.Document> documents, Timeliness dates, Filed[] filed) {
        Map<String, List<Integer>> byDisclosure = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).disclosure() != null) {
                byDisclosure.computeIfAbsent(parts.get(i).disclosure(), k -> new ArrayList<>()).add(i);
            }
        }
        List<Scorecard> cards = new ArrayList<>(parts.stream().map(Inspected::card).toList());
        for (List<Integer> group : byDisclosure.values()) {
            List<Integer> explanations = group.stream().filter(i -> parts.get(i).explanation() && !parts.get(i).tables()).toList();
            List<Integer> tables = group.stream().filter(i -> parts.get(i).tables() && !parts.get(i).explanation()).toList();
            if (explanations.size() == 1 && tables.size() == 1) {
                int first = explanations.get(0);
                int second = tables.get(0);
                Scorecard joined = inspectJoined(cards.get(first).number(), parts.get(first), parts.get(second),
                        documents.get(first).name() + " + " + documents.get(second).name(), dates.judge(documents.get(first).name()),
                        filed, first);
                filed[second] = null;
                cards.set(first, joined);
                cards.set(second, cards.get(second).partOf(documents.get(first).name(), joined));
            }
        }
        return cards;
    }

    /** The two parts read again as one document — from the blocks already read, not from the files. */
    private static Scorecard inspectJoined(int number, Inspected explanation, Inspected tables, String name,
                                           Timeliness.Judgement timeliness, Filed[] filed, int at) {
        try {
            ImportResult imported = Interpreter.interpret(Documents.joined(List.of(explanation.source(), tables.source())));
            filed[at] = filed(explanation.card().file(), explanation.card().sha256(), imported);
            Disclosure disclosure = imported.disclosure(ClassificationCatalog.builtIn());
            return Scorecard.checked(number, name, imported.model().department().code(), imported.model().department().name(),
                    imported.model().year(), disclosure.kind(), Completeness.of(disclosure), RuleRegistry.check(disclosure), timeliness,
                    imported.unparsed().size(), null);
        } catch (RuntimeException e) {
            return Scorecard.unreadable(number, name, message(e), null);
        }
    }

    /**
     * One document, never throwing: whatever goes wrong becomes the row's reason. A checked document also says which
     * disclosure it belongs to and whether it is only its tables or only its explanation, for {@link #joinParts}.
     */
    static Inspected inspect(int number, Batch.Document document, Timeliness dates) {
        byte[] bytes;
        try {
            bytes = document.bytes();
        } catch (IOException | RuntimeException e) {
            return alone(Scorecard.unreadable(number, document.name(), message(e), null));
        }
        String sha256 = sha256(bytes);
        try {
            Intake.Result read = document.reading() instanceof Batch.Joined joined ? joined.readJoined(document.name())
                    : Intake.readEitherKind(document.name(), bytes);
            ImportResult imported = read.imported();
            if (imported != null && imported.facts() != null
                    && imported.facts().kind() == org.gongkai.io.importing.recognise.DocumentFacts.Kind.BLANK_TEMPLATE) {
                return alone(Scorecard.unreadable(number, document.name(), document.name()
                        + "：是空白的公开模板（表中没有金额，文字为“XX”占位），不是已公开的文件，不计分", sha256));
            }
            if (imported != null && imported.readTables().isEmpty() && read.model().narrative().isEmpty()) {
                // Fail once, clearly: a document whose layout is not recognised is "not read", not full of errors.
                return alone(Scorecard.unreadable(number, document.name(), document.name()
                        + "：未识别出任何公开表或说明部分（表题、表头均不符合已知的表样，见 docs/layouts.md）", sha256));
            }
            Disclosure disclosure = read.disclosure(ClassificationCatalog.builtIn());
            List<Finding> findings = RuleRegistry.check(disclosure);
            Scorecard card = Scorecard.checked(number, document.name(), read.model().department().code(),
                    read.model().department().name(), read.model().year(), disclosure.kind(), Completeness.of(disclosure), findings,
                    dates.judge(document.name()), read.unparsed().size(), sha256);
            return part(card, read, filed(document.name(), sha256, read.imported() != null ? read.imported()
                    : new ImportResult(read.model(), read.publishedTables(), List.of(), List.of(), null, read.accounts())));
        } catch (ImportException | InvalidModelException | IllegalArgumentException e) {
            return alone(Scorecard.unreadable(number, document.name(), message(e), sha256));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // The library's own message names its classes and internals: the row says only what the user can act on.
            return alone(Scorecard.unreadable(number, document.name(), "读取时出错（文件已损坏，或内容过于复杂）", sha256));
        }
    }

    private static Inspected alone(Scorecard card) {
        return new Inspected(card, null, false, false, null, null);
    }

    /** What the region compares of a document; null (left out of the region) when it cannot be taken. */
    private static Filed filed(String file, String sha256, ImportResult imported) {
        try {
            return FiguresReader.filed(file, sha256, imported.model(), imported.accounts(), imported.publishedTables(),
                    imported.facts() == null ? null : imported.facts().level());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** What a checked published document says about the disclosure it belongs to. */
    private static Inspected part(Scorecard card, Intake.Result read, Filed filed) {
        ImportResult imported = read.imported();
        if (imported == null || imported.facts() == null) {
            return new Inspected(card, null, false, false, null, filed);
        }
        String key = imported.model().department().name().replaceFirst("^中共", "") + "/" + imported.model().year() + "/"
                + imported.facts().level() + "/" + imported.kind();
        boolean tables = imported.readTables().stream().anyMatch(t -> !t.empty());
        boolean explanation = !imported.model().narrative().isEmpty();
        // Only a part (tables without explanation, or the reverse) may be joined later: only its blocks are kept.
        return new Inspected(card, key, tables, explanation, tables != explanation ? read.source() : null, filed);
    }

    /** A file with the same bytes as an earlier one (in name order) is that one's duplicate. */
    private static List<Scorecard> markDuplicates(List<Scorecard> cards) {
        Map<String, String> first = new HashMap<>();
        List<Scorecard> result = new ArrayList<>();
        for (Scorecard card : cards) {
            String original = card.sha256() == null ? null : first.putIfAbsent(card.sha256(), card.file());
            result.add(original == null || card.status() == Scorecard.Status.UNREADABLE ? card : card.duplicateOf(original));
        }
        return result;
    }

    /** Two different files for the same department and year: both are kept, each names the other. */
    private static List<Scorecard> markSameDepartmentYear(List<Scorecard> cards) {
        Map<String, List<Scorecard>> byKey = new HashMap<>();
        for (Scorecard card : cards) {
            if (card.status() == Scorecard.Status.CHECKED) {
                byKey.computeIfAbsent(card.departmentYear(), k -> new ArrayList<>()).add(card);
            }
        }
        List<Scorecard> result = new ArrayList<>();
        for (Scorecard card : cards) {
            List<Scorecard> same = card.status() == Scorecard.Status.CHECKED
                    ? byKey.get(card.departmentYear()) : List.of();
            if (same.size() > 1) {
                List<String> others = same.stream().filter(o -> o != card).map(Scorecard::file).toList();
                String named = String.join("、", others.subList(0, Math.min(5, others.size())))
                        + (others.size() > 5 ? " 等 " + others.size() + " 份" : "");
                result.add(card.withReason("同一部门同一年度另有文件：" + named));
            } else {
                result.add(card);
            }
        }
        return result;
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
