package org.gongkai.server.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The database: an embedded PostgreSQL whose data directory persists under {@code gongkai.data-dir}/pg, unless
 * {@code GONGKAI_DB_URL} (with {@code GONGKAI_DB_USER} and {@code GONGKAI_DB_PASSWORD}) names an external server.
 *
 * <p>The embedded server is made as durable as a production one: zonky starts PostgreSQL for throw-away test
 * databases (fsync off, asynchronous commit), so both are switched back on — an answered commit is on disk. Its
 * superuser gets a generated password and only password logins are accepted (see {@link EmbeddedAccess}).
 */
@Configuration
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    public EmbeddedDatabase embeddedDatabase(@Value("${gongkai.data-dir}") String dataDir, @Value("${gongkai.db.url:}") String url)
            throws IOException {
        if (url != null && !url.isBlank()) {
            return EmbeddedDatabase.external();
        }
        Path root = Path.of(dataDir).toAbsolutePath();
        Path directory = root.resolve("pg");
        Files.createDirectories(directory);
        stopOrphan(directory);
        EmbeddedAccess access = EmbeddedAccess.of(root);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setConnectConfig("password", access.password())
                .setPGStartupWait(java.time.Duration.ofSeconds(120)).start();
        access.lockDown(postgres.getPostgresDatabase(), directory);
        return EmbeddedDatabase.start(postgres, access.password());
    }

    /**
     * If the previous server process was killed (SIGKILL, power cut), its PostgreSQL may still be running on the data
     * directory: stop it (a clean shutdown; committed data is safe in its write-ahead log) before starting our own.
     */
    static void stopOrphan(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        if (!first.matches("\\d+")) {
            return;
        }
        java.util.Optional<ProcessHandle> orphan = ProcessHandle.of(Long.parseLong(first))
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (orphan.isPresent()) {
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IOException("上次运行留下的 PostgreSQL 进程（" + first + "）未能停止，请手动结束后重试", e);
            }
        }
    }

    @Bean
    public DataSource dataSource(EmbeddedDatabase embedded, @Value("${gongkai.db.url:}") String url,
                                 @Value("${gongkai.db.user:gongkai}") String user, @Value("${gongkai.db.password:}") String password) {
        if (url == null || url.isBlank()) {
            return embedded.dataSource();
        }
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(user);
        dataSource.setPassword(password);
        return dataSource;
    }

    /** The portal's reads of published data: a read replica when {@code gongkai.db.replica-url} is set. */
    @Bean(destroyMethod = "close")
    public PortalReads portalReads(org.springframework.jdbc.core.simple.JdbcClient primary,
                                   @Value("${gongkai.db.replica-url:}") String url,
                                   @Value("${gongkai.db.replica-user:${gongkai.db.user:gongkai}}") String user,
                                   @Value("${gongkai.db.replica-password:${gongkai.db.password:}}") String password) {
        return PortalReads.of(primary, url, user, password);
    }

    /** Holds the embedded server (or nothing) so it stops with the application. */
    public static final class EmbeddedDatabase implements AutoCloseable {
        private final EmbeddedPostgres postgres;
        private final String password;

        private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
            this.postgres = postgres;
            this.password = password;
        }

        static EmbeddedDatabase start(EmbeddedPostgres postgres, String password) {
            return new EmbeddedDatabase(postgres, password);
        }

        static EmbeddedDatabase external() {
            return new EmbeddedDatabase(null, null);
        }

        DataSource dataSource() {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            pool.setUsername("postgres");
            pool.setPassword(password);
            pool.setMaximumPoolSize(8);
            return pool;
        }

        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
