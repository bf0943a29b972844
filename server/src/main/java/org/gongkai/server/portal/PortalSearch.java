package org.gongkai.server.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.core.budget.Project;
import org.gongkai.core.tables.StatementTable;
import org.gongkai.core.tables.TableRow;
import org.gongkai.server.search.SearchDocument;
import org.gongkai.server.search.SearchHit;
import org.gongkai.server.search.SearchIndex;
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

    private final SearchIndex index;
    private final Path watermark;
    /** The highest disclosure id indexed but not yet committed to disk. */
    private long pending;
    private final java.util.concurrent.ScheduledExecutorService committer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "gongkai-search-commit");
        thread.setDaemon(true);
        return thread;
    });

    public PortalSearch(@Value("${gongkai.data-dir}") String dataDir) throws IOException {
        Path directory = Path.of(dataDir, "search-index");
        Files.createDirectories(directory);
        this.watermark = Path.of(dataDir, "search-index.indexed-up-to");
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
            try (var files = Files.newDirectoryStream(directory)) {
                for (Path file : files) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(watermark);
            return new SearchIndex(directory);
        }
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

    public List<SearchHit> search(String query) {
        return index.search(query, MAX_HITS);
    }

    /** Indexes the current versions the index has not seen yet, oldest first; returns how many. */
    public synchronized int catchUp(Snapshot snapshot) {
        long seen = seen();
        List<PublishedDisclosure> missing = snapshot.currentVersions().stream().filter(p -> p.record().id() > seen)
                .sorted(Comparator.comparingLong(p -> p.record().id())).toList();
        List<SearchDocument> batch = new ArrayList<>();
        for (PublishedDisclosure p : missing) {
            batch.add(document(p));
            if (batch.size() == 500) {
                index.putAll(batch);
                remember(p.record().id());
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            index.putAll(batch);
            remember(missing.get(missing.size() - 1).record().id());
        }
        if (!missing.isEmpty()) {
            LOG.info("搜索索引：补入 {} 个公开版本", missing.size());
        }
        return missing.size();
    }

    /** Indexes a department-year's current version anew (its publication, or its correction). */
    public synchronized void published(PublishedDisclosure current) {
        index.put(document(current));
        pending = Math.max(pending, current.record().id());
    }

    /** What of a published version can be found, and where: the department, its projects and its tables' coded rows. */
    static SearchDocument document(PublishedDisclosure p) {
        String page = p.path();
        List<SearchDocument.Item> items = new ArrayList<>();
        items.add(new SearchDocument.Item("部门", null, p.departmentName(), "部门预算", page));
        List<Project> projects = p.model().projects();
        for (int i = 0; i < projects.size(); i++) {
            items.add(new SearchDocument.Item("项目", null, projects.get(i).name(), "项目绩效目标表", page + "#project-" + (i + 1)));
        }
        for (StatementTable table : p.tables()) {
            for (TableRow row : table.rows()) {
                String code = row.cells().isEmpty() || row.cell(0).text() == null ? "" : row.cell(0).text().strip();
                if (code.matches("\\d{3,7}")) {
                    String name = row.cells().size() < 2 || row.cell(1).text() == null ? "" : row.cell(1).text().strip();
                    items.add(new SearchDocument.Item("科目", code, code + " " + name, table.title(),
                            page + "#t" + table.kind().number() + "-" + row.seq()));
                }
            }
        }
        return new SearchDocument(p.departmentCode(), p.departmentName(), p.record().regionCode(), p.year(), page, items);
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
