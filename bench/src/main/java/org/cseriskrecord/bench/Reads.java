package org.cseriskrecord.bench;

import org.cseriskrecord.localstack.demo.ApiClient;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The read paths people wait for: the case list, one case, the manager's dashboard and the board's trends, each
 * asked {@code requests} times by {@code clients} side by side, as the user who would ask.
 */
final class Reads {

    /** One read path: a name for the table, who asks, and the path of the i-th request. */
    record Path(String name, String user, IntFunction<String> path) {
    }

    private final ApiClient query;

    Reads(ApiClient query) {
        this.query = query;
    }

    /**
     * @param caseIds cases to read ("caseId user", as the demo loader lists them); the case view cycles through them
     */
    static List<Path> paths(List<String> caseIds) {
        List<Path> paths = new ArrayList<>();
        paths.add(new Path("case list", "manager", i -> "/api/cases"));
        if (!caseIds.isEmpty()) {
            paths.add(new Path("case view", null, i -> caseIds.get(i % caseIds.size())));
        }
        paths.add(new Path("dashboard", "manager", i -> "/api/dashboard"));
        java.time.YearMonth now = java.time.YearMonth.now();
        String lastTwelveMonths = "/api/board/trends?from=" + now.minusMonths(11) + "&to=" + now; // what a board reads
        paths.add(new Path("board trends", "board", i -> lastTwelveMonths));
        return paths;
    }

    /** @return the summary, and what the first failed request said (empty when none failed) */
    Measured measure(Path path, int clients, int requests) throws InterruptedException {
        Latencies latencies = new Latencies();
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        String target = path.path().apply(i);
                        String user = path.user();
                        if (user == null) { // a case: "caseId user" — read by the user whose agency holds it
                            String[] parts = target.split(" ");
                            target = "/api/cases/" + parts[0];
                            user = parts[1];
                        }
                        long t0 = System.nanoTime();
                        try {
                            ApiClient.Response r = query.get(user, target);
                            if (r.ok()) {
                                latencies.record(System.nanoTime() - t0);
                            } else {
                                latencies.error(r.status() + " " + r.problem());
                            }
                        } catch (Exception e) {
                            if (e instanceof InterruptedException) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                            latencies.error(String.valueOf(e));
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "bench-reads");
            t.setDaemon(true);
            t.start();
        }
        done.await();
        return new Measured(latencies.summary((System.nanoTime() - start) / 1e9), latencies.firstError());
    }

    record Measured(Latencies.Summary summary, String firstError) {
    }
}
