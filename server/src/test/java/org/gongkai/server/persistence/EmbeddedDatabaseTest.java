package org.gongkai.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.gongkai.server.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded PostgreSQL keeps what it committed on disk and lets nobody in without its generated password. */
class EmbeddedDatabaseTest extends ServerTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCommitIsOnDiskBeforeItIsAnswered() {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    @Test
    void aLocalUserWithoutThePasswordIsRefused() {
        int port = jdbc.sql("select setting::int from pg_settings where name = 'port'").query(Integer.class).single();
        assertThat(setting("password_encryption")).isEqualTo("scram-sha-256");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres").close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                "postgres", "guess").close()).isInstanceOf(SQLException.class);
    }

    private String setting(String name) {
        return jdbc.sql("select current_setting(?)").param(name).query(String.class).single();
    }
}
