package org.cseriskrecord.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small JSON-over-HTTP client for the services' public API, signing in with HTTP Basic as a demo user. */
public final class ApiClient {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A response: status code and parsed body ({@code null} when empty or not JSON). */
    public record Response(int status, JsonNode body, String raw) {
        public boolean ok() {
            return status >= 200 && status < 300;
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
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
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
        return new Response(r.statusCode(), node, raw);
    }

    public Response get(String user, String path) throws IOException, InterruptedException {
        return send(user, "GET", path, null);
    }
}
