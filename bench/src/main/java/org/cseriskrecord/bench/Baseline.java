package org.cseriskrecord.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;

/**
 * The physical reference: single-row INSERT + COMMIT through JDBC on the same database server the services use, at
 * a given number of clients, each on its own connection. A row is shaped like a stored event (an id, a key, a ~600
 * byte JSON payload, a timestamp), in a table of its own that is dropped afterwards.
 */
final class Baseline implements AutoCloseable {

    static final String TABLE = "cse_bench_baseline";
    private static final String PAYLOAD = "{\"type\":\"IndicatorMarked\",\"evidence\":\"" + "x".repeat(560) + "\"}";

    private final String url;
    private final String user;
    private final String password;

    Baseline(String url, String user, String password) throws SQLException {
        this.url = url;
        this.user = user;
        this.password = password;
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute("drop table if exists " + TABLE);
            s.execute("create table " + TABLE + " (id bigserial primary key, event_id uuid not null, "
                    + "case_id text not null, payload text not null, stored_at timestamptz not null default now())");
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Inserts and commits one row at a time on {@code clients} connections for {@code seconds}. */
    Latencies.Summary measure(int clients, int seconds) throws Exception {
        Latencies latencies = new Latencies();
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Connection c = connect();
                c.setAutoCommit(true);
                connections.add(c);
            }
            CountDownLatch done = new CountDownLatch(clients);
            long start = System.nanoTime();
            long end = start + seconds * 1_000_000_000L;
            List<Thread> threads = new ArrayList<>();
            for (Connection c : connections) {
                Thread t = new Thread(() -> {
                    try (PreparedStatement insert = c.prepareStatement(
                            "insert into " + TABLE + " (event_id, case_id, payload) values (?, ?, ?)")) {
                        String caseId = UUID.randomUUID().toString();
                        while (System.nanoTime() < end) {
                            long t0 = System.nanoTime();
                            insert.setObject(1, UUID.randomUUID());
                            insert.setString(2, caseId);
                            insert.setString(3, PAYLOAD);
                            insert.executeUpdate();
                            latencies.record(System.nanoTime() - t0);
                        }
                    } catch (SQLException e) {
                        latencies.error(e.getMessage());
                    } finally {
                        done.countDown();
                    }
                }, "bench-baseline");
                t.setDaemon(true);
                threads.add(t);
                t.start();
            }
            done.await();
            return latencies.summary((System.nanoTime() - start) / 1e9);
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute("drop table if exists " + TABLE);
        }
    }
}
