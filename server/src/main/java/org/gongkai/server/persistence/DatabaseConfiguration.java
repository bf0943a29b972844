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
 */
@Configuration
public class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    public EmbeddedDatabase embeddedDatabase(@Value("${gongkai.data-dir}") String dataDir) throws IOException {
        String url = System.getenv("GONGKAI_DB_URL");
        if (url != null && !url.isBlank()) {
            return EmbeddedDatabase.external();
        }
        Path directory = Path.of(dataDir).toAbsolutePath().resolve("pg");
        Files.createDirectories(directory);
        return EmbeddedDatabase.start(EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).start());
    }

    @Bean
    public DataSource dataSource(EmbeddedDatabase embedded) {
        String url = System.getenv("GONGKAI_DB_URL");
        if (url == null || url.isBlank()) {
            return embedded.dataSource();
        }
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(url);
        dataSource.setUsername(System.getenv().getOrDefault("GONGKAI_DB_USER", "gongkai"));
        dataSource.setPassword(System.getenv().getOrDefault("GONGKAI_DB_PASSWORD", ""));
        return dataSource;
    }

    /** Holds the embedded server (or nothing) so it stops with the application. */
    public static final class EmbeddedDatabase implements AutoCloseable {
        private final EmbeddedPostgres postgres;

        private EmbeddedDatabase(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }

        static EmbeddedDatabase start(EmbeddedPostgres postgres) {
            return new EmbeddedDatabase(postgres);
        }

        static EmbeddedDatabase external() {
            return new EmbeddedDatabase(null);
        }

        DataSource dataSource() {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            pool.setUsername("postgres");
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
