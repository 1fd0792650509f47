package org.cseriskrecord.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.support.web.CaseSequence;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A small JSON-over-HTTP client for the services' public API, acting as a demo user: with HTTP Basic (the local
 * profile's demo passwords, one BCrypt check per request on the service) or, as in production, with a bearer token
 * from the identity provider ({@link #bearer}).
 */
public final class ApiClient {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** How a call says who makes it: the value of its {@code Authorization} header for a demo user. */
    @FunctionalInterface
    public interface SignIn {
        String authorization(String user);
    }

    /** HTTP Basic with the demo password (the user's name). */
    public static final SignIn BASIC = user -> "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));

    /**
     * Bearer tokens from a real sign-in at the OpenID Connect provider ({@code issuer}), one per demo user, signed in
     * again when half of the token's lifetime has gone.
     */
    public static SignIn bearer(String issuer) {
        var signIn = org.cseriskrecord.testsupport.OidcSignIn.cli(issuer);
        record Held(String header, long renewAtNanos) {
        }
        Map<String, Held> held = new ConcurrentHashMap<>();
        return user -> held.compute(user, (u, h) -> {
            if (h != null && System.nanoTime() < h.renewAtNanos()) {
                return h;
            }
            var tokens = signIn.signIn(u, u);
            long lifetime = Duration.ofSeconds(Math.max(tokens.expiresIn(), 2)).toNanos();
            return new Held("Bearer " + tokens.accessToken(), System.nanoTime() + lifetime / 2);
        }).header();
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String baseUrl;
    private final SignIn signIn;

    public ApiClient(String baseUrl) {
        this(baseUrl, BASIC);
    }

    public ApiClient(String baseUrl, SignIn signIn) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.signIn = signIn;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A response: status code and parsed body ({@code null} when empty or not JSON). */
    public record Response(int status, JsonNode body, String raw, HttpHeaders headers) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The case's sequence number the service answered with ({@code X-Case-Sequence}), if any. */
        public Optional<Long> caseSequence() {
            return headers.firstValue(CaseSequence.HEADER).map(Long::parseLong);
        }

        /** The RFC 7807 detail (and field errors), or the raw body, for messages. */
        public String problem() {
            if (body != null && body.has("detail")) {
                StringBuilder sb = new StringBuilder(body.get("detail").asText());
                for (String key : new String[]{"errors", "fieldErrors", "unmet", "problems"}) {
                    if (body.has(key)) {
                        sb.append(' ').append(body.get(key));
                    }
                }
                return sb.toString();
            }
            return raw == null || raw.isBlank() ? "(no body)" : raw.length() > 500 ? raw.substring(0, 500) + "…" : raw;
        }
    }

    public Response send(String user, String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", signIn.authorization(user));
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode node = null;
        String raw = r.body();
        if (raw != null && !raw.isBlank()) {
            try {
                node = JSON.readTree(raw);
            } catch (IOException notJson) {
                node = null;
            }
        }
        return new Response(r.statusCode(), node, raw, r.headers());
    }

    public Response get(String user, String path) throws IOException, InterruptedException {
        return send(user, "GET", path, null);
    }
}
