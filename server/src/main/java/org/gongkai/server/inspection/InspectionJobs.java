package org.gongkai.server.inspection;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Comparator;
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
import org.gongkai.io.inspection.Timeliness;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs uploaded batches one after another in the background (each batch itself in parallel), and keeps their
 * progress and reports in memory for the person who started them. A restart forgets them: the report is meant to
 * be downloaded.
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

    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "gongkai-inspection-jobs");
        thread.setDaemon(true);
        return thread;
    });
    private final Path uploads;

    public InspectionJobs(@Value("${gongkai.data-dir}") String dataDir) throws IOException {
        this.uploads = Files.createDirectories(Path.of(dataDir, "inspections"));
    }

    /** Where the upload is put: a large zip goes straight from the request to a file, never whole into memory. */
    public interface Upload {
        void saveTo(Path file) throws IOException;
    }

    /** Keeps the uploaded zip in a file (the batch is read from it entry by entry) and queues the job. */
    public Job submit(String owner, String fileName, Upload zip, byte[] dates) throws IOException {
        Job job = new Job(ids.incrementAndGet(), owner, fileName);
        Path file = uploads.resolve("batch-" + job.id() + ".zip");
        zip.saveTo(file);
        Timeliness timeliness = Timeliness.none();
        if (dates != null && dates.length > 0) {
            Path datesFile = uploads.resolve("dates-" + job.id() + ".csv");
            Files.write(datesFile, dates);
            try {
                timeliness = Timeliness.read(datesFile);
            } finally {
                Files.deleteIfExists(datesFile);
            }
        }
        Batch batch;
        try {
            batch = Batch.open(file);
        } catch (ImportException e) {
            Files.deleteIfExists(file);
            throw new ImportException(fileName + "：" + e.getMessage().substring(e.getMessage().indexOf('：') + 1));
        }
        job.total = batch.documents().size();
        jobs.put(job.id(), job);
        Timeliness judged = timeliness;
        runner.submit(() -> run(job, batch, judged, file));
        return job;
    }

    private void run(Job job, Batch batch, Timeliness dates, Path file) {
        job.state = State.RUNNING;
        job.startedNanos.set(System.nanoTime());
        try {
            job.report = Inspection.run(batch, dates, Runtime.getRuntime().availableProcessors(), (done, total) -> job.done.set(done));
            job.state = State.DONE;
        } catch (RuntimeException e) {
            job.error = e.getMessage();
            job.state = State.FAILED;
        } finally {
            batch.close();
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // The file is in Gongkai's own data directory; a leftover is harmless and removed on the next start.
            }
        }
    }

    public Optional<Job> find(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    public List<Job> of(String owner) {
        return jobs.values().stream().filter(j -> j.owner().equals(owner)).sorted(Comparator.comparing(Job::id).reversed()).toList();
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
