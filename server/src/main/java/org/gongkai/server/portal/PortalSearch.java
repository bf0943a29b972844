package org.gongkai.server.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.budget.Project;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;
import org.gongkai.server.search.SearchDocument;
import org.gongkai.server.search.SearchHit;
import org.gongkai.server.search.SearchIndex;
import org.gongkai.server.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The portal's search over the Lucene index kept in the data directory: each current published department-year is
 * indexed once — when it is published, or at start for publications the index has not seen (by a high-water mark of
 * disclosure ids, which only grow) — and a search reads the index, never the disclosures.
 */
@Service
public class PortalSearch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PortalSearch.class);
    /** Results a search answers: departments and projects first, then 科目 rows; enough to choose from, small to send. */
    public static final int MAX_HITS = 50;
    /**
     * Passages read to make them: enough for 50 department-years with a handful of passages each, in the index's order.
     */
    static final int MAX_PASSAGES = 2000;
    /**
     * What an index holds, by version: an index of an earlier one is built again at start. 2: the “三公” parts and the
     * amounts of every item.
     */
    static final String LAYOUT = "2";

    private final SearchIndex index;
    private final Path watermark;
    /** The highest disclosure id indexed but not yet committed to disk. */
    private long pending;
    /**
     * Whether the start's catch-up has run. Until it has, a publication indexed moves no high-water mark: one heard
     * before the listing existed is indexed by no one else, and a mark past it would have the catch-up skip it.
     */
    private boolean caughtUp;
    private final java.util.concurrent.ScheduledExecutorService committer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "gongkai-search-commit");
        thread.setDaemon(true);
        return thread;
    });

    public PortalSearch(@Value("${gongkai.data-dir}") String dataDir) throws IOException {
        Path directory = Path.of(dataDir, "search-index");
        Files.createDirectories(directory);
        this.watermark = Path.of(dataDir, "search-index.indexed-up-to");
        Path layout = Path.of(dataDir, "search-index.layout");
        if (!Files.exists(layout) || !Files.readString(layout).strip().equals(LAYOUT)) {
            clear(directory);
            Files.writeString(layout, LAYOUT, StandardCharsets.UTF_8);
        }
        this.index = openOrRebuild(directory);
        committer.scheduleWithFixedDelay(this::commit, COMMIT_SECONDS, COMMIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    }

    /**
     * The index in the data directory; one written by an earlier release in another layout (Lucene refuses to change an
     * index's sort) is removed, and the start's catch-up indexes every publication again.
     */
    private SearchIndex openOrRebuild(Path directory) throws IOException {
        try {
            return new SearchIndex(directory);
        } catch (IllegalArgumentException e) {
            LOG.warn("搜索索引为旧版格式，重建：{}", e.getMessage());
            clear(directory);
            return new SearchIndex(directory);
        }
    }

    /** Removes the index and its high-water mark: the start's catch-up indexes every publication again. */
    private void clear(Path directory) throws IOException {
        try (var files = Files.newDirectoryStream(directory)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(watermark);
    }

    /** How often what publications indexed is made durable (and the high-water mark moved past it). */
    static final long COMMIT_SECONDS = 5;

    /** Commits what was indexed since the last commit; only then is its high-water mark written. */
    synchronized void commit() {
        if (pending > seen()) {
            index.commit();
            remember(pending);
        }
    }

    /** At most {@link #MAX_HITS} department-years, each by its best passage with the others it matched. */
    public List<SearchResult> search(String query) {
        return SearchResult.group(index.search(query, MAX_PASSAGES), query, MAX_HITS);
    }

    /**
     * Indexes the department-years with a current version the index has not seen yet, oldest first (each with all its
     * current versions: its budget's items and its 决算's are one document); returns how many versions.
     */
    public synchronized int catchUp(Snapshot snapshot) {
        long seen = seen();
        Map<String, List<PublishedDisclosure>> byDepartmentYear = new LinkedHashMap<>();
        snapshot.currentVersions().stream().sorted(Comparator.comparingLong(p -> p.record().id()))
                .forEach(p -> byDepartmentYear.computeIfAbsent(p.departmentCode() + "/" + p.year(), k -> new ArrayList<>()).add(p));
        List<List<PublishedDisclosure>> missing = byDepartmentYear.values().stream().filter(versions -> newest(versions) > seen)
                .sorted(Comparator.comparingLong(PortalSearch::newest)).toList();
        List<SearchDocument> batch = new ArrayList<>();
        for (List<PublishedDisclosure> versions : missing) {
            batch.add(document(versions));
            if (batch.size() == 500) {
                index.putAll(batch);
                remember(newest(versions));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            index.putAll(batch);
            remember(newest(missing.get(missing.size() - 1)));
        }
        caughtUp = true;
        int versions = missing.stream().mapToInt(List::size).sum();
        if (versions > 0) {
            LOG.info("搜索索引：补入 {} 个公开版本", versions);
        }
        return versions;
    }

    private static long newest(List<PublishedDisclosure> versions) {
        return versions.stream().mapToLong(p -> p.record().id()).max().orElse(0);
    }

    /**
     * Indexes a department-year's current versions anew (a publication of its budget or 决算, or a correction); one
     * with none current any more is forgotten.
     */
    public synchronized void published(String departmentCode, int year, List<PublishedDisclosure> current) {
        if (current.isEmpty()) {
            index.remove(departmentCode, year);
            return;
        }
        index.put(document(current));
        if (caughtUp) {
            pending = Math.max(pending, newest(current));
        }
    }

    /**
     * What of a department-year's current versions can be found, and where: the department, the budget's projects, each
     * kind's “三公” parts (by every name the layouts give them) and the coded rows of each kind's tables (anchored as that
     * kind's tables are on the page, found under their titles), each with its amount.
     */
    static SearchDocument document(List<PublishedDisclosure> current) {
        List<PublishedDisclosure> versions = current.stream().sorted(Comparator.comparing(PublishedDisclosure::kind)).toList();
        PublishedDisclosure first = versions.get(0);
        String page = "/d/" + first.departmentCode() + "/" + first.year();
        List<SearchDocument.Item> items = new ArrayList<>();
        items.add(new SearchDocument.Item("部门", null, first.departmentName(),
                versions.stream().map(p -> p.kind().chinese()).collect(java.util.stream.Collectors.joining("、")), page,
                first.summary().total(), List.of()));
        for (PublishedDisclosure p : versions) {
            if (p.kind() == org.gongkai.core.budget.DisclosureKind.BUDGET) {
                List<Project> projects = p.model().projects();
                for (int i = 0; i < projects.size(); i++) {
                    items.add(new SearchDocument.Item("项目", null, projects.get(i).name(), "项目绩效目标表", page + "#project-" + (i + 1),
                            projects.get(i).amount(), List.of()));
                }
            }
        }
        versions.forEach(p -> items.addAll(threePublic(p, page)));
        for (PublishedDisclosure p : versions) {
            String rows = Kinds.rowPrefix(p.kind());
            for (StatementTable table : p.tables()) {
                for (TableRow row : table.rows()) {
                    String code = row.cells().isEmpty() || row.cell(0).text() == null ? "" : row.cell(0).text().strip();
                    if (code.matches("\\d{3,7}")) {
                        String name = row.cells().size() < 2 || row.cell(1).text() == null ? "" : row.cell(1).text().strip();
                        items.add(new SearchDocument.Item("科目", code, code + " " + name, table.title(),
                                page + "#" + rows + table.kind().number() + "-" + row.seq(), firstAmount(row), List.of()));
                    }
                }
            }
        }
        return new SearchDocument(first.departmentCode(), first.departmentName(), first.record().regionCode(), first.year(), page, items);
    }

    /**
     * A version's “三公” parts as stated (a part it does not state is left out), found by every name the layout data
     * gives them, each linked to its row of the version's “三公” table when it has one, else to that table or section.
     */
    private static List<SearchDocument.Item> threePublic(PublishedDisclosure p, String page) {
        StatementTable table = p.tables().stream().filter(t -> t.kind() == org.gongkai.core.tables.StandardTable.THREE_PUBLIC
                || t.kind() == org.gongkai.core.tables.StandardTable.ACCOUNTS_THREE_PUBLIC).findFirst().orElse(null);
        String where = table == null ? "“三公”经费" : table.title();
        List<SearchDocument.Item> items = new ArrayList<>();
        for (ThreePublicTerms.Part part : ThreePublicTerms.builtIn().parts()) {
            java.math.BigDecimal amount = org.gongkai.core.tables.ThreePublicTable.amountOf(part.key(), p.summary().threePublic());
            if (amount != null) {
                items.add(new SearchDocument.Item("三公", null, part.name(), where, page + anchor(p, table, part), amount, part.names()));
            }
        }
        return items;
    }

    private static String anchor(PublishedDisclosure p, StatementTable table, ThreePublicTerms.Part part) {
        if (table == null || p.summary().statedInText()) {
            return "#three-public";
        }
        for (TableRow row : table.rows()) {
            // The label is the first text cell that is one of the part's names (some tables number their lines first).
            if (row.cells().stream().map(org.gongkai.core.tables.Cell::text).filter(java.util.Objects::nonNull)
                    .map(ThreePublicTerms::plain).anyMatch(part.names()::contains)) {
                return "#" + Kinds.rowPrefix(p.kind()) + table.kind().number() + "-" + row.seq();
            }
        }
        return "#" + Kinds.tableAnchor(p.kind()) + table.kind().number();
    }

    /** A 科目 row's first amount, its total (合计) in every table that has one first. */
    private static java.math.BigDecimal firstAmount(TableRow row) {
        return row.cells().stream().map(org.gongkai.core.tables.Cell::amount).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private long seen() {
        try {
            return Files.exists(watermark) ? Long.parseLong(Files.readString(watermark).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private void remember(long id) {
        try {
            Path written = watermark.resolveSibling(watermark.getFileName() + ".tmp");
            Files.writeString(written, Long.toString(id), StandardCharsets.UTF_8);
            Files.move(written, watermark, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("无法记录搜索索引进度", e);
        }
    }

    @Override
    public synchronized void close() {
        committer.shutdownNow();
        commit();
        index.close();
    }
}
