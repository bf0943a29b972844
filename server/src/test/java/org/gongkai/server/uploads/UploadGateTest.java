package org.gongkai.server.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.server.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An anonymous upload is answered before its body is received, and nothing of it is spooled. */
class UploadGateTest extends ServerTest {

    @LocalServerPort
    int port;
    @Value("${gongkai.data-dir}")
    String dataDir;

    @Test
    void anAnonymousUploadToAPageIsRefusedBeforeItsBodyIsSent() throws IOException {
        assertThat(firstLineWithoutSendingTheBody("/work/upload")).contains(" 401");
        assertThat(spooled()).isZero();
    }

    @Test
    void anAnonymousUploadToTheApiIsRefusedBeforeItsBodyIsSent() throws IOException {
        assertThat(firstLineWithoutSendingTheBody("/api/disclosures/upload")).contains(" 401");
        assertThat(spooled()).isZero();
    }

    @Test
    void whatAnEarlierRunLeftInTheSpoolIsDeleted(@TempDir Path dir) throws IOException {
        Path spool = dir.resolve("tmp/uploads");
        Files.createDirectories(spool.resolve("sub"));
        Files.writeString(spool.resolve("upload_1.tmp"), "cut off");
        Files.writeString(spool.resolve("sub/upload_2.tmp"), "cut off");
        UploadStorage.empty(spool);
        assertThat(spool).isEmptyDirectory();
        assertThat(Path.of(dataDir, "tmp", "uploads")).isDirectory();
    }

    /**
     * Sends the headers of a 40 MB multipart upload and only its first kilobyte, then waits for the answer: a server
     * that reads the body first would wait for the rest and answer nothing.
     */
    private String firstLineWithoutSendingTheBody(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            String boundary = "gate";
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: " + 40 * 1024 * 1024 + "\r\n\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[1024]);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try {
                for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                    line.write(b);
                }
            } catch (SocketTimeoutException noAnswer) {
                return "no answer while the body was not sent";
            }
            return line.toString(StandardCharsets.US_ASCII);
        }
    }

    private long spooled() throws IOException {
        try (var files = Files.list(Path.of(dataDir, "tmp", "uploads"))) {
            return files.count();
        }
    }
}
