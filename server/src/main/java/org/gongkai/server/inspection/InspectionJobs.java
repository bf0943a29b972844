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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.gongkai.io.importing.ImportException;
import org.gongkai.io.inspection.Batch;
import org.gongkai.io.inspection.Inspection;
import org.gongkai.io.inspection.InspectionReport;
import org.gongkai.io.inspection.ReportWriters;
import org.gongkai.io.inspection.Timeliness;
import org.gongkai.io.json.GongkaiJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs uploaded batches one after another in the background (each batch itself in parallel). Progress is kept in
 * memory; each job and its finished report are stored in PostgreSQL, so reports outlive a restart (a job cut off by
 * one is marked failed with the reason).
 */
@Service
public class InspectionJobs {

    public enum State { QUEUED, RUNNING, DONE, FAILED }

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
        private volatile InspectionReport report;
        private volatile String error;

        Job(long id, String owner, String fileName) {
            this.id = id;
            this.owner = owner;
            this.fileName = fileName;
        }

        /** A job as stored: finished (its report read back) or interrupted by a restart. */
        static Job stored(long id, String owner, String fileName, State state, int done, int total, String error,
                          InspectionReport report) {
            Job job = new Job(id, owner, fileName);
            job.state = state;
            job.done.set(done);
            job.total = total;
            job.error = error;
            job.report = report;
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
            return started == 0 ? 0 : done.get() / Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        }

        /** Seconds left at the current rate; -1 when not known yet. */
        public long etaSeconds() {
            double rate = rate();
            return rate <= 0 ? -1 : Math.round((total - done.get()) / rate);
        }
    }

    /** The jobs of this run of the server (queued, running, or finished since it started). */
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "gongkai-inspection-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final Path uploads;

    public InspectionJobs(@Value("${gongkai.data-dir}") String dataDir, JdbcClient jdbc) throws IOException {
        this.uploads = Files.createDirectories(Path.of(dataDir, "inspections"));
        this.jdbc = jdbc;
        // A job cut off by a stop or crash will not finish: say so, and drop its leftover upload.
        jdbc.sql("update inspection_job set state = 'FAILED', error = '服务器重启，检查中断，请重新上传', finished_at = now() "
                + "where state in ('QUEUED', 'RUNNING')").update();
        try (var leftovers = Files.newDirectoryStream(uploads)) {
            for (Path file : leftovers) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** Where the upload is put: a large zip goes straight from the request to a file, never whole into memory. */
    public interface Upload {
        void saveTo(Path file) throws IOException;
    }

    /** Keeps the uploaded zip in a file (the batch is read from it entry by entry) and queues the job. */
    public Job submit(String owner, String fileName, Upload zip, byte[] dates) throws IOException {
        Timeliness timeliness = dates == null || dates.length == 0 ? Timeliness.none() : dates(dates);
        Path file = Files.createTempFile(uploads, "batch-", ".zip");
        zip.saveTo(file);
        Batch batch;
        try {
            batch = Batch.open(file);
        } catch (ImportException e) {
            Files.deleteIfExists(file);
            throw new ImportException(fileName + "：" + e.getMessage().substring(e.getMessage().indexOf('：') + 1));
        }
        long id = jdbc.sql("insert into inspection_job (owner, file_name, state, total) values (?, ?, 'QUEUED', ?) returning id")
                .params(owner, fileName, batch.documents().size()).query(Long.class).single();
        Job job = new Job(id, owner, fileName);
        job.total = batch.documents().size();
        jobs.put(job.id(), job);
        Timeliness judged = timeliness;
        runner.submit(() -> run(job, batch, judged, file));
        return job;
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

    private void run(Job job, Batch batch, Timeliness dates, Path file) {
        job.state = State.RUNNING;
        job.startedNanos.set(System.nanoTime());
        jdbc.sql("update inspection_job set state = 'RUNNING' where id = ?").param(job.id()).update();
        try {
            InspectionReport report = Inspection.run(batch, dates, Runtime.getRuntime().availableProcessors(),
                    (done, total) -> job.done.set(done));
            String json = GongkaiJson.mapper().writeValueAsString(report);
            jdbc.sql("update inspection_job set state = 'DONE', done = ?, report = ?::jsonb, finished_at = now() where id = ?")
                    .params(job.done(), json, job.id()).update();
            job.report = report;
            job.state = State.DONE;
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException e) {
            job.error = e.getMessage();
            job.state = State.FAILED;
            jdbc.sql("update inspection_job set state = 'FAILED', error = ?, done = ?, finished_at = now() where id = ?")
                    .params(job.error, job.done(), job.id()).update();
        } finally {
            batch.close();
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // The file is in Gongkai's own data directory; a leftover is harmless and removed on the next start.
            }
        }
    }

    /** A job of this run from memory; an earlier one from the database, its report read back. */
    public Optional<Job> find(long id) {
        Job live = jobs.get(id);
        if (live != null) {
            return Optional.of(live);
        }
        return jdbc.sql("select id, owner, file_name, state, done, total, error, report::text from inspection_job where id = ?")
                .param(id).query((rs, n) -> Job.stored(rs.getLong(1), rs.getString(2), rs.getString(3), State.valueOf(rs.getString(4)),
                        rs.getInt(5), rs.getInt(6), rs.getString(7), report(rs.getString(8)))).optional();
    }

    /** The owner's jobs, newest first (without their reports, which are read when one is opened). */
    public List<Job> of(String owner) {
        return jdbc.sql("select id, owner, file_name, state, done, total, error from inspection_job where owner = ? order by id desc")
                .param(owner).query((rs, n) -> {
                    Job live = jobs.get(rs.getLong(1));
                    return live != null ? live : Job.stored(rs.getLong(1), rs.getString(2), rs.getString(3),
                            State.valueOf(rs.getString(4)), rs.getInt(5), rs.getInt(6), rs.getString(7), null);
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
        runner.shutdownNow();
    }
}
