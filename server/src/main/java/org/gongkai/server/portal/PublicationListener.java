package org.gongkai.server.portal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.gongkai.server.workflow.Published;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hears the publications other servers on the same database make: every publication commits a PostgreSQL
 * notification ({@value #CHANNEL}, "department/year") with it, and this server replaces that department-year in its
 * listing, search index and page cache as its own publications do. After a lost connection it catches up on what was
 * published meanwhile before listening again. Its own publications are heard too; replacing them again is harmless.
 */
@Component
public class PublicationListener implements SmartLifecycle {

    public static final String CHANNEL = "gongkai_published";
    /** This server among those on the database: it need not hear its own publications again. */
    private final String instance = java.util.UUID.randomUUID().toString();
    private static final Logger LOG = LoggerFactory.getLogger(PublicationListener.class);
    private static final int WAIT_MILLIS = 500;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Portal portal;
    private volatile boolean running;
    private Thread thread;

    public PublicationListener(DataSource dataSource, JdbcClient jdbc, Portal portal) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.portal = portal;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listen, "gongkai-publication-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        OffsetDateTime heardUpTo = now();
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + CHANNEL);
                catchUpSince(heardUpTo);
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    heardUpTo = now();
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            heard(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("listening for publications failed; retrying", e);
                    pause();
                }
            }
        }
    }

    /** Publications committed while this server was not listening: each department-year is read again. */
    private void catchUpSince(OffsetDateTime since) {
        List<String> missed = jdbc.sql("select distinct department_code || '/' || year from disclosure where status = 'PUBLISHED' "
                + "and published_at >= ? - interval '5 seconds'").param(since).query(String.class).list();
        missed.forEach(this::heard);
    }

    /** Announces a publication to every server on the database; delivered when the publishing transaction commits. */
    public void announce(String departmentCode, int year) {
        jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, departmentCode + "/" + year + "/" + instance).query(Object.class).single();
    }

    private void heard(String payload) {
        String[] parts = payload.split("/");
        if (parts.length == 3 && parts[2].equals(instance)) {
            return;
        }
        if (parts.length >= 2 && parts[1].matches("\\d{4}")) {
            portal.published(new Published(parts[0], Integer.parseInt(parts[1]), 0));
        }
    }

    private OffsetDateTime now() {
        return jdbc.sql("select now()").query(OffsetDateTime.class).single();
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
