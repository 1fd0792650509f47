package org.cseriskrecord.identity;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Path;

/**
 * The identity provider as ./run starts it, on a random port, with its signing key in a file the tests can read
 * (to make tokens that differ from the real ones in exactly one way).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
abstract class IdentityProviderTest {

    static final String WEB_UI_SECRET = "test-web-ui-secret";

    /** One file for the JVM: the provider's context is shared by every test class that extends this one. */
    private static final Path KEY_FILE = createKeyFileLocation();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("cse.identity.key-file", KEY_FILE::toString);
        registry.add("cse.identity.web-ui.client-secret", () -> WEB_UI_SECRET);
    }

    String issuer() {
        return "http://localhost:" + port;
    }

    Path keyFile() {
        return KEY_FILE;
    }

    private static Path createKeyFileLocation() {
        try {
            Path directory = java.nio.file.Files.createTempDirectory("cse-identity-test");
            directory.toFile().deleteOnExit();
            Path file = directory.resolve("signing-key.json");
            file.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
