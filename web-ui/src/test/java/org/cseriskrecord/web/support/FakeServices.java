package org.cseriskrecord.web.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A real HTTP server standing in for command-service, query-service and the identity provider's discovery in page
 * tests: it answers with recorded contracts (JSON under src/test/resources/contracts, in the shapes of
 * query-service/README.md and the README's API table) and records every request, so a test can check what web-ui
 * sent (path, query, token, body). Browser tests in local-stack run against the real services instead.
 */
public final class FakeServices implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Function<Request, Answer>> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public FakeServices() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
        answerDiscovery();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers {@code METHOD path} (path without query) with what {@code answer} gives for the request. */
    public FakeServices on(String method, String path, Function<Request, Answer> answer) {
        routes.put(method + " " + path, answer);
        return this;
    }

    public FakeServices on(String method, String path, Answer answer) {
        return on(method, path, request -> answer);
    }

    public void reset() {
        routes.clear();
        requests.clear();
        answerDiscovery();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String method, String path) {
        return requests.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    /** The identity provider's discovery document, with this server as issuer (Spring Authorization Server's paths). */
    private void answerDiscovery() {
        on("GET", "/.well-known/openid-configuration", request -> Answer.json(200, """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/oauth2/authorize",
                 "token_endpoint": "%1$s/oauth2/token", "jwks_uri": "%1$s/oauth2/jwks",
                 "userinfo_endpoint": "%1$s/userinfo", "end_session_endpoint": "%1$s/connect/logout",
                 "response_types_supported": ["code"], "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"],
                 "code_challenge_methods_supported": ["S256"],
                 "scopes_supported": ["openid", "profile"]}""".formatted(url())));
    }

    private void handle(HttpExchange exchange) throws IOException {
        var request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        requests.add(request);
        var route = routes.get(request.method() + " " + request.path());
        Answer answer = route == null
                ? Answer.json(404, "{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,"
                + "\"detail\":\"There is no case with this id.\"}")
                : route.apply(request);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] body = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One request as received. */
    public record Request(String method, String path, String query, String authorization, String body) {
    }

    /** One answer: status, headers, body. */
    public record Answer(int status, Map<String, String> headers, String body) {

        public static Answer json(int status, String body) {
            String type = status >= 400 ? "application/problem+json" : "application/json";
            return new Answer(status, Map.of("Content-Type", type), body);
        }

        public static Answer noContent(long caseSequence) {
            return new Answer(204, Map.of("X-Case-Sequence", Long.toString(caseSequence)), null);
        }

        public Answer withSequence(long caseSequence) {
            var all = new java.util.HashMap<>(headers);
            all.put("X-Case-Sequence", Long.toString(caseSequence));
            return new Answer(status, all, body);
        }
    }
}
