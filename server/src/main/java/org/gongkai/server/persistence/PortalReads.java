package org.gongkai.server.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the portal reads what never changes once published — the listing at start, a version's model, tables and
 * findings, the bulk files: a PostgreSQL read replica when one is configured ({@code gongkai.db.replica-url}, user and
 * password as the primary's unless given), the primary otherwise.
 *
 * <p>Only immutable data goes here. A replica lags its primary, so what must be current — the versions of a
 * department-year just published, the workflow, sessions, the publication notifications — is always read on the
 * primary, and a published version the replica does not hold yet is read on the primary instead.
 */
public final class PortalReads implements AutoCloseable {

    /** The application name the replica's connections carry (visible in pg_stat_activity). */
    static final String APPLICATION_NAME = "gongkai-portal-reads";

    private final JdbcClient primary;
    private final JdbcClient reads;
    private final HikariDataSource pool;

    private PortalReads(JdbcClient primary, JdbcClient reads, HikariDataSource pool) {
        this.primary = primary;
        this.reads = reads;
        this.pool = pool;
    }

    static PortalReads of(JdbcClient primary, String url, String user, String password) {
        if (url == null || url.isBlank()) {
            return new PortalReads(primary, primary, null);
        }
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("gongkai-replica");
        pool.setJdbcUrl(url);
        pool.setUsername(user);
        pool.setPassword(password);
        pool.setReadOnly(true);
        pool.setMaximumPoolSize(8);
        pool.addDataSourceProperty("ApplicationName", APPLICATION_NAME);
        return new PortalReads(primary, JdbcClient.create(pool), pool);
    }

    /** The replica, or the primary when there is none. */
    public JdbcClient jdbc() {
        return reads;
    }

    /** The primary, for what a replica may not hold yet. */
    public JdbcClient primary() {
        return primary;
    }

    public boolean hasReplica() {
        return pool != null;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
