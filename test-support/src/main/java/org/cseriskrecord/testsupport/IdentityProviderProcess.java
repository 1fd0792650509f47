package org.cseriskrecord.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The local identity provider as its own process, for tests of other modules (e.g. the web UI's browser sign-in):
 * {@code java -jar identity-provider/target/identity-provider-*-exec.jar} on a free port with the demo users, started
 * once per test JVM and stopped when it exits. Running it in the test's own JVM would put Spring Authorization
 * Server's auto-configuration into the test's application. The module must be packaged first (a full
 * {@code ./mvnw verify} does that: identity-provider comes before the modules that use it).
 *
 * <pre>{@code
 * var idp = IdentityProviderProcess.shared("http://localhost:" + webUiPort, "a-test-secret");
 * String token = OidcSignIn.cli(idp.issuer()).accessToken("manager");
 * }</pre>
 */
public final class IdentityProviderProcess {

    private static IdentityProviderProcess shared;

    private final String issuer;
    private final String webUiClientSecret;
    private final String webUiBaseUrl;

    private IdentityProviderProcess(String issuer, String webUiClientSecret, String webUiBaseUrl) {
        this.issuer = issuer;
        this.webUiClientSecret = webUiClientSecret;
        this.webUiBaseUrl = webUiBaseUrl;
    }

    /** {@code http://localhost:<port>}: the issuer to configure ({@code CSE_OIDC_ISSUER}) and to sign in at. */
    public String issuer() {
        return issuer;
    }

    public String webUiClientSecret() {
        return webUiClientSecret;
    }

    /**
     * The provider of this test JVM, started on first use; the web-ui client's redirect is
     * {@code <webUiBaseUrl>/login/oauth2/code/cse}. Later calls must ask for the same web UI and secret.
     */
    public static synchronized IdentityProviderProcess shared(String webUiBaseUrl, String webUiClientSecret) {
        if (shared == null) {
            shared = start(webUiBaseUrl, webUiClientSecret);
        } else if (!shared.webUiBaseUrl.equals(webUiBaseUrl) || !shared.webUiClientSecret.equals(webUiClientSecret)) {
            throw new IllegalStateException("The shared identity provider was started for " + shared.webUiBaseUrl
                    + " with another secret; use one web UI address and secret per test JVM");
        }
        return shared;
    }

    private static IdentityProviderProcess start(String webUiBaseUrl, String webUiClientSecret) {
        Path jar = findJar();
        int port = freePort();
        String issuer = "http://localhost:" + port;
        try {
            Path log = Files.createTempFile("identity-provider-", ".log");
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-XX:+UseSerialGC", "-Xmx256m", "-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("SERVER_PORT", String.valueOf(port));
            builder.environment().put("SPRING_PROFILES_ACTIVE", "local");
            builder.environment().put("CSE_OIDC_ISSUER", issuer);
            builder.environment().put("CSE_WEB_UI_URL", webUiBaseUrl);
            builder.environment().put("CSE_WEB_UI_CLIENT_SECRET", webUiClientSecret);
            builder.environment().remove("CSE_IDP_KEY_FILE");
            Process process = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "identity-provider-stop"));
            awaitHealthy(process, issuer, log);
            return new IdentityProviderProcess(issuer, webUiClientSecret, webUiBaseUrl);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the identity provider (" + e.getMessage() + ")", e);
        }
    }

    private static void awaitHealthy(Process process, String issuer, Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The identity provider stopped while starting; its log "
                        + log + " ends: " + tail(log));
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(issuer + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the identity provider", e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the identity provider", e);
            }
        }
        process.destroy();
        throw new IllegalStateException("The identity provider was not healthy within 3 minutes; log " + log);
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    /** Whether the identity-provider module's exec jar is built (tests that need the process assume it). */
    public static boolean isBuilt() {
        try {
            findJar();
            return true;
        } catch (IllegalStateException notBuilt) {
            return false;
        }
    }

    /** The newest exec jar of the identity-provider module, found from the working directory upwards. */
    static Path findJar() {
        Optional<Path> root = Optional.empty();
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("identity-provider"))) {
                root = Optional.of(dir);
                break;
            }
        }
        Path target = root.orElseThrow(() -> new IllegalStateException("No identity-provider module above "
                + Path.of("").toAbsolutePath())).resolve("identity-provider").resolve("target");
        try (Stream<Path> files = Files.exists(target) ? Files.list(target) : Stream.empty()) {
            return files.filter(p -> p.getFileName().toString().matches("identity-provider-.*-exec\\.jar"))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("There is no identity-provider exec jar in " + target
                            + " — build it: ./mvnw -q -DskipTests -pl identity-provider -am install"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + target, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }

    @Override
    public String toString() {
        return "identity provider at " + issuer;
    }
}
