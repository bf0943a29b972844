package org.gongkai.server;

import java.util.UUID;
import org.junit.jupiter.api.TestInstance;
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

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        String dir = "target/test-data-" + UUID.randomUUID();
        registry.add("gongkai.data-dir", () -> dir);
    }
}
