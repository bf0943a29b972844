package org.gongkai.server.inspection;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.io.importing.source.ImportException;
import org.gongkai.io.inspection.Batch;
import org.gongkai.io.inspection.Inspection;
import org.gongkai.io.inspection.InspectionReport;
import org.gongkai.io.inspection.ReportWriters;
import org.gongkai.io.inspection.Timeliness;
import org.gongkai.io.inspection.region.Roster;
import org.gongkai.io.inspection.bulletin.Bulletin;
import org.gongkai.io.inspection.bulletin.BulletinFiles;
import org.gongkai.io.inspection.bulletin.LocatedFindings;
import org.gongkai.io.json.GongkaiJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import javax.sql.DataSource;

/**
 * Batch inspections as a durable queue in PostgreSQL. An upload is stored with its job (the zip or WARC as a large object,
 * the roster and dates tables beside it), and
 * every server runs a worker that claims the oldest queued job no one else holds ({@code FOR UPDATE SKIP LOCKED}),
 * reads the zip to a local file and runs it, writing its progress as it goes; so a job started through one server can
 * be followed through any other, and a job survives the server that received it. A job whose worker stopped beating
 * (killed, cut off) is queued again, at most {@value #ATTEMPTS} times.
 */
@Service
public class InspectionJobs {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

    /** Tries of one job before it is marked failed: a batch that kills its worker must not kill every worker. */
    static final int ATTEMPTS = 3;
    /** A running job not heard from for this long has lost its worker (longer than the per-document time limit). */
    static final String STALE = "5 minutes";
    private static final long IDLE_MILLIS = 500;
    private static final long PROGRESS_MILLIS = 1_000;

    /** One uploaded batch. Fields change as it runs; readers see the latest values. */
    public static final class Job {
        private final long id;
        private final String owner;
        private final String fileName;
        private final OffsetDateTime submitted = OffsetDateTime.now();
        private volatile State state = State.QUEUED;
        private final AtomicInteger done = new AtomicInteger();
        private volatile int total;
        private final AtomicLong startedNanos = new AtomicLong();
        private volatile OffsetDateTime startedAt;
        private volatile InspectionReport report;
        private volatile String error;

        Job(long id, String owner, String fileName) {
            this.id = id;
            this.owner = owner;
            this.fileName = fileName;
        }

        /** A job as stored: queued, running (on this or another server), finished (its report read back) or failed. */
        static Job stored(long id, String owner, String fileName, State state, int done, int total, String error,
                          InspectionReport report, OffsetDateTime startedAt) {
            Job job = new Job(id, owner, fileName);
            job.state = state;
            job.done.set(done);
            job.total = total;
            job.error = error;
            job.report = report;
            job.startedAt = startedAt;
            return job;
        }
        public long id() {
            return id;
        }

        public String owner() {
            return owner;
        }

        public String fileName() {
            return fileName;
        }

        public OffsetDateTime submitted() {
            return submitted;
        }

        public State state() {
            return state;
        }

        public int done() {
            return done.get();
        }

        public int total() {
            return total;
        }

        public Optional<InspectionReport> report() {
            return Optional.ofNullable(report);
        }

        public String error() {
            return error;
        }

        /** Documents per second so far. */
        public double rate() {
            long started = startedNanos.get();
            if (started != 0) {
                return done.get() / Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            }
            return startedAt == null ? 0
                    : done.get() / Math.max(1e-3, java.time.Duration.between(startedAt, OffsetDateTime.now()).toMillis() / 1e3);
        }

        /** Seconds left at the current rate; -1 when not known yet. */
        public long etaSeconds() {
            double rate = rate();
            return rate <= 0 ? -1 : Math.round((total - done.get()) / rate);
        }
    }

    /** The jobs this server's worker is running, with their live progress. */
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DataSource dataSource;
    private final Path uploads;
    private final String worker = java.util.UUID.randomUUID().toString();
    private final Thread runner;
    private volatile boolean running = true;

    public InspectionJobs(@Value("${gongkai.data-dir}") String dataDir, @Value("${gongkai.inspection.worker:true}") boolean work,
                          JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions) throws IOException {
        this.uploads = Files.createDirectories(Path.of(dataDir, "inspections"));
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.transactions = transactions;
        try (var leftovers = Files.newDirectoryStream(uploads)) {
            for (Path file : leftovers) {
                deleteQuietly(file);
            }
        }
        runner = new Thread(this::work, "gongkai-inspection-worker");
        runner.setDaemon(true);
        if (work) {
            runner.start();
        }
    }

    /** Where the upload is put: a large zip goes straight from the request to a file, never whole into memory. */
    public interface Upload {
        void saveTo(Path file) throws IOException;
    }

    public Job submit(String owner, String fileName, Upload zip, byte[] dates) throws IOException {
        return submit(owner, fileName, zip, dates, null, null);
    }

    /**
     * Checks the upload is a readable batch (a zip of documents, a WARC file or a zipped site mirror) and the roster and
     * dates tables are readable, then stores it with its job, queued: the upload goes from the file into the database as
     * a large object in the same transaction as the job, so a job never exists without its batch.
     */
    public Job submit(String owner, String fileName, Upload zip, byte[] dates, byte[] roster, String rosterName) throws IOException {
        if (dates != null && dates.length > 0) {
            dates(dates);
        }
        boolean hasRoster = roster != null && roster.length > 0;
        if (hasRoster) {
            roster(rosterName, roster);
        }
        Path file = Files.createTempFile(uploads, "batch-", UploadedBatch.suffix(fileName));
        try {
            zip.saveTo(file);
            int total = count(fileName, file);
            long id = transactions.execute(status -> {
                long oid = LargeObjects.store(dataSource, file);
                return jdbc.sql("insert into inspection_job (owner, file_name, state, total, zip, dates, roster, roster_name) "
                                + "values (?, ?, 'QUEUED', ?, ?, ?, ?, ?) returning id")
                        .params(owner, fileName, total, oid, dates == null || dates.length == 0 ? null : dates,
                                hasRoster ? roster : null, hasRoster ? rosterName : null)
                        .query(Long.class).single();
            });
            return find(id).orElseThrow();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The documents the upload holds; refused, naming the upload, when it is no batch or a site with no disclosure. */
    private static int count(String fileName, Path file) {
        try (UploadedBatch batch = UploadedBatch.open(file, Timeliness.none())) {
            int total = batch.batch().documents().size();
            if (total == 0 && batch.site()) {
                throw new ImportException(fileName + "：保存的网站中没有找到预决算公开网页（标题或附件名称提到预算、决算、三公的网页）");
            }
            return total;
        } catch (ImportException e) {
            String message = e.getMessage();
            throw new ImportException(message.startsWith(fileName) ? message
                    : fileName + "：" + message.substring(message.indexOf('：') + 1));
        }
    }

    /** The roster as the CLI reads it: UTF-8, every error naming the file and the line. */
    static Roster roster(String name, byte[] csv) {
        String shown = name == null || name.isBlank() ? "名单" : name;
        try {
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(csv)).toString();
            return Roster.parse(shown, text);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ImportException(shown + "：名单应为 UTF-8 编码的 CSV（在 Excel 中另存为“CSV UTF-8”）");
        }
    }

    private Timeliness dates(byte[] csv) throws IOException {
        Path file = Files.createTempFile(uploads, "dates-", ".csv");
        try {
            Files.write(file, csv);
            return Timeliness.read(file);
        } catch (ImportException e) {
            throw new ImportException("日期表：" + e.getMessage().substring(e.getMessage().indexOf('：') + 1));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The worker: claims queued jobs one at a time, for as long as the server runs. */
    private void work() {
        while (running) {
            try {
                Optional<Long> claimed = claim();
                if (claimed.isPresent()) {
                    run(claimed.get());
                } else {
                    Thread.sleep(IDLE_MILLIS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    org.slf4j.LoggerFactory.getLogger(InspectionJobs.class).warn("inspection worker", e);
                    sleepQuietly();
                }
            }
        }
    }

    /** Requeues (or fails) jobs whose worker went silent, then takes the oldest queued job no other worker holds. */
    Optional<Long> claim() {
        jdbc.sql("update inspection_job set state = 'FAILED', error = '检查多次中断（服务器停止或文件导致崩溃），请检查文件后重新上传', "
                + "finished_at = now() where state = 'RUNNING' and heartbeat_at < now() - interval '" + STALE + "' and attempts >= ?")
                .param(ATTEMPTS).update();
        jdbc.sql("update inspection_job set state = 'QUEUED', worker = null where state = 'RUNNING' "
                + "and heartbeat_at < now() - interval '" + STALE + "'").update();
        return jdbc.sql("""
                update inspection_job set state = 'RUNNING', worker = ?, attempts = attempts + 1, started_at = now(), heartbeat_at = now(),
                    done = 0
                where id = (select id from inspection_job where state = 'QUEUED' order by id for update skip locked limit 1)
                returning id""").param(worker).query(Long.class).optional();
    }

    private void run(long id) throws InterruptedException {
        record Claimed(String owner, String fileName, long zip, byte[] dates, byte[] roster, String rosterName) {
        }
        Claimed claimed = jdbc.sql("select owner, file_name, zip, dates, roster, roster_name from inspection_job where id = ?").param(id)
                .query((rs, n) -> new Claimed(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBytes(4), rs.getBytes(5),
                        rs.getString(6))).single();
        Job job = new Job(id, claimed.owner(), claimed.fileName());
        job.state = State.RUNNING;
        job.startedNanos.set(System.nanoTime());
        jobs.put(id, job);
        Path file = null;
        try {
            file = Files.createTempFile(uploads, "batch-" + id + "-", UploadedBatch.suffix(claimed.fileName()));
            Path local = file;
            transactions.executeWithoutResult(status -> LargeObjects.read(dataSource, claimed.zip(), local));
            Timeliness dates = claimed.dates() == null ? Timeliness.none() : dates(claimed.dates());
            Roster roster = claimed.roster() == null ? Roster.none() : roster(claimed.rosterName(), claimed.roster());
            long[] reported = {System.nanoTime()};
            try (UploadedBatch opened = UploadedBatch.open(file, dates)) {
                Batch batch = opened.batch();
                job.total = batch.documents().size();
                InspectionReport report = Inspection.run(batch, opened.dates(), roster, Runtime.getRuntime().availableProcessors(),
                        (done, total) -> {
                    job.done.set(done);
                    if (System.nanoTime() - reported[0] > PROGRESS_MILLIS * 1_000_000) {
                        reported[0] = System.nanoTime();
                        jdbc.sql("update inspection_job set done = ?, heartbeat_at = now() where id = ? and worker = ?")
                                .params(done, id, worker).update();
                    }
                });
                String json = GongkaiJson.mapper().writeValueAsString(report);
                List<LocatedFindings.Document> located = locate(id, report, batch);
                storeBulletin(id, report, located, batch);
                finish(id, "update inspection_job set state = 'DONE', done = ?, report = ?::jsonb, finished_at = now(), zip = null "
                        + "where id = ? and worker = ?", job.done(), json, claimed.zip());
                job.report = report;
                job.state = State.DONE;
            }
        } catch (IOException | RuntimeException e) {
            job.error = e.getMessage();
            job.state = State.FAILED;
            finish(id, "update inspection_job set state = 'FAILED', done = ?, error = ?, finished_at = now(), zip = null "
                    + "where id = ? and worker = ?", job.done(), job.error, claimed.zip());
        } finally {
            jobs.remove(id);
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // In Gongkai's own data directory; a leftover is removed on the next start.
                }
            }
        }
    }

    /**
     * What the bureau sends out (通报, 整改清单, marked PDFs), written while the batch is still at hand and kept as one zip
     * with the job; a batch whose bulletin cannot be written still has its report.
     */
    private void storeBulletin(long id, InspectionReport report, List<LocatedFindings.Document> located, Batch batch) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory(uploads, "bulletin-" + id + "-");
            // What the region rules found (who did not publish, late, misfiled, across documents) goes into the 通报's part 一, as the CLI's does.
            List<Bulletin.Problem> region = report.region().stream().map(f -> new Bulletin.Problem(f.department(), f.message())).toList();
            var files = BulletinFiles.write(report, located, LocatedFindings.Source.of(batch), region, folder);
            var zip = new java.io.ByteArrayOutputStream();
            BulletinFiles.zip(folder, files, zip);
            jdbc.sql("update inspection_job set bulletin = ? where id = ? and worker = ?").params(zip.toByteArray(), id, worker).update();
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(InspectionJobs.class).warn("inspection {}: bulletin not written", id, e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /**
     * Every checked document's findings found again in it (the page, the quote), kept with the job for the per-document
     * report on screen; a batch whose findings cannot be located still has its report, without pages.
     */
    private List<LocatedFindings.Document> locate(long id, InspectionReport report, Batch batch) {
        try {
            List<LocatedFindings.Document> located = LocatedFindings.of(report, LocatedFindings.Source.of(batch));
            List<DocumentReport> shown = located.stream().map(DocumentReport::of).toList();
            jdbc.sql("update inspection_job set located = ?::jsonb where id = ? and worker = ?")
                    .params(GongkaiJson.mapper().writeValueAsString(shown), id, worker).update();
            return located;
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(InspectionJobs.class).warn("inspection {}: findings not located", id, e);
            return List.of();
        }
    }

    /** The per-document report of a finished job (each finding with its page); empty for a job run before it was kept. */
    public List<DocumentReport> documents(long id) {
        String json = jdbc.sql("select located::text from inspection_job where id = ?").param(id).query(String.class).optional().orElse(null);
        if (json == null) {
            return List.of();
        }
        try {
            return List.of(GongkaiJson.mapper().readValue(json, DocumentReport[].class));
        } catch (IOException e) {
            throw new IllegalStateException("stored document reports cannot be read: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // In Gongkai's own data directory; a leftover is removed on the next start.
        }
    }

    /** The finished job's bulletin zip (通报, 整改清单, 标注), if it was written. */
    public Optional<byte[]> bulletin(long id) {
        return jdbc.sql("select bulletin from inspection_job where id = ? and bulletin is not null").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Records the outcome and drops the stored zip, in one transaction. */
    private void finish(long id, String update, int done, String text, long zip) {
        transactions.executeWithoutResult(status -> {
            if (jdbc.sql(update).params(done, text, id, worker).update() == 1) {
                jdbc.sql("select lo_unlink(?)").param(zip).query(Object.class).single();
            }
        });
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A job this server runs, from memory; any other (queued, running elsewhere, finished) from the database. */
    public Optional<Job> find(long id) {
        Job live = jobs.get(id);
        if (live != null) {
            return Optional.of(live);
        }
        return jdbc.sql("select id, owner, file_name, state, done, total, error, report::text, started_at from inspection_job where id = ?")
                .param(id).query((rs, n) -> Job.stored(rs.getLong(1), rs.getString(2), rs.getString(3), State.valueOf(rs.getString(4)),
                        rs.getInt(5), rs.getInt(6), rs.getString(7), report(rs.getString(8)),
                        rs.getObject(9, OffsetDateTime.class))).optional();
    }

    /** The owner's jobs, newest first (without their reports, which are read when one is opened). */
    public List<Job> of(String owner) {
        return jdbc.sql("select id, owner, file_name, state, done, total, error, started_at from inspection_job where owner = ? "
                        + "order by id desc")
                .param(owner).query((rs, n) -> {
                    Job live = jobs.get(rs.getLong(1));
                    return live != null ? live : Job.stored(rs.getLong(1), rs.getString(2), rs.getString(3),
                            State.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getString(7), null,
                            rs.getObject(8, OffsetDateTime.class));
                }).list();
    }

    private static InspectionReport report(String json) {
        try {
            return json == null ? null : ReportWriters.readJson(json);
        } catch (IOException e) {
            throw new IllegalStateException("stored inspection report cannot be read: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        runner.interrupt();
    }
}
