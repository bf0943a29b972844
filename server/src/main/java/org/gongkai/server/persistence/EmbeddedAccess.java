package org.gongkai.server.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import javax.sql.DataSource;

/**
 * Who may log in to the embedded PostgreSQL: only with the superuser's generated password. zonky's initdb trusts
 * every local connection, which lets any user of the machine read the database (password hashes included); so the
 * password is generated once, kept in a file only the server's user can read, set on the superuser, and the
 * server's pg_hba.conf is rewritten to accept password logins only.
 */
final class EmbeddedAccess {

    private static final String HBA = """
            # Written by Gongkai: password logins only (the password is in ../db-password, readable by its owner only).
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private final String password;

    private EmbeddedAccess(String password) {
        this.password = password;
    }

    /** The password kept in {@code root/db-password}, generated on first use. */
    static EmbeddedAccess of(Path root) throws IOException {
        Path file = root.resolve("db-password");
        if (Files.exists(file)) {
            return new EmbeddedAccess(Files.readString(file, StandardCharsets.US_ASCII).strip());
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path temporary = root.resolve("db-password.tmp");
        Files.deleteIfExists(temporary);
        try {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(temporary);
        }
        Files.writeString(temporary, generated, StandardCharsets.US_ASCII, StandardOpenOption.SYNC);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new EmbeddedAccess(generated);
    }

    String password() {
        return password;
    }

    /**
     * Sets the password on the superuser (a no-op when it is already set) and, if the server still trusts local
     * connections, switches it to password logins and reloads its configuration.
     */
    void lockDown(DataSource superuser, Path dataDirectory) throws IOException {
        try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter user postgres password '" + password + "'");
            Path hba = dataDirectory.resolve("pg_hba.conf");
            if (!Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
                Files.writeString(hba, HBA, StandardCharsets.UTF_8);
                statement.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IOException("无法设置内置 PostgreSQL 的访问密码：" + e.getMessage(), e);
        }
    }
}
