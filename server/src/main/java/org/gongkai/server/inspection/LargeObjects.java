package org.gongkai.server.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Files kept in PostgreSQL as large objects, streamed in and out (a batch may be 1 GB: never whole in memory). Called
 * inside a transaction, which large objects need; the connection is the transaction's own.
 */
final class LargeObjects {

    private LargeObjects() {
    }

    static long store(DataSource dataSource, Path file) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            LargeObjectManager objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            long oid = objects.createLO(LargeObjectManager.READWRITE);
            LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
            try (OutputStream out = object.getOutputStream()) {
                Files.copy(file, out);
            }
            return oid;
        } catch (SQLException e) {
            throw new IllegalStateException("无法保存上传的文件", e);
        } catch (IOException e) {
            throw new UncheckedIOException("无法保存上传的文件", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    static void read(DataSource dataSource, long oid, Path file) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            LargeObjectManager objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            LargeObject object = objects.open(oid, LargeObjectManager.READ);
            try (InputStream in = object.getInputStream()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("无法读取待检查的文件", e);
        } catch (IOException e) {
            throw new UncheckedIOException("无法读取待检查的文件", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
