package org.cseriskrecord.localstack.services;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.TreeMap;

/**
 * A stand-in service for the supervision tests, packaged as a jar and run with {@code java -jar} exactly as the
 * launcher runs the real ones: it listens on SERVER_PORT, answers {@code /actuator/health} with UP, and shows the
 * environment it was given on {@code /env}.
 */
public final class FakeService {

    private FakeService() {
    }

    public static void main(String[] args) throws IOException {
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/actuator/health", ex -> reply(ex, "{\"status\":\"UP\"}"));
        server.createContext("/env", ex -> {
            StringBuilder sb = new StringBuilder();
            new TreeMap<>(System.getenv()).forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
            sb.append("axoniq.update-checker.disabled=").append(System.getProperty("axoniq.update-checker.disabled"));
            reply(ex, sb.toString());
        });
        server.start();
        System.out.println("fake service up on " + port);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("fake service stopping")));
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
