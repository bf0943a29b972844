package org.gongkai.server;

import java.util.UUID;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The server on a random port with its own embedded PostgreSQL in a fresh data directory (samples loaded on first
 * start). Test classes extending it share one server; each creates its own users, so they do not meet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServerTest {

    /** Posts one file as the multipart part {@code file}, under the name a browser would send. */
    protected static ResponseEntity<String> postFile(TestRestTemplate client, String path, String name, byte[] bytes) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return client.exchange(path, HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
    }

    /** Sends a JSON body (POST, PUT) as the client is signed in. */
    protected static ResponseEntity<String> sendJson(TestRestTemplate client, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        String dir = "target/test-data-" + UUID.randomUUID();
        registry.add("gongkai.data-dir", () -> dir);
    }
}
