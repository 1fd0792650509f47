package org.cseriskrecord.localstack.demo;

import org.cseriskrecord.localstack.demo.DemoPlan.ChildPlan;
import org.cseriskrecord.localstack.demo.DemoPlan.Step;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Plays a {@link DemoPlan} against the command-service's public API. Each child's calls run in order; a few children
 * run side by side. A failed call ends that child's history (the rest go on) and is reported with the service's
 * problem detail.
 */
public final class DemoLoader {

    /**
     * What a load did: how many children went through completely, the opened cases (as "caseId user", the user who
     * opened it), and what failed.
     */
    public record Result(int children, int completed, List<String> caseIds, List<String> failures, Duration took,
                         int stopped) {
    }

    /** Told about every call a load makes, as it returns (the benchmark times them and follows the read side). */
    @FunctionalInterface
    public interface CallObserver {
        CallObserver NONE = (step, path, ids, nanos, response) -> {
        };

        /**
         * @param path  the path called, placeholders filled in
         * @param ids   the ids the child's calls captured so far ({@code caseId}, {@code assessmentId})
         * @param nanos how long the call took, from sending to the whole answer read
         */
        void called(Step step, String path, Map<String, String> ids, long nanos, ApiClient.Response response);
    }

    /** A child whose history was cut short because the load was told to stop (a timed benchmark run). */
    private static final String STOPPED = "stopped";

    private final ApiClient commands;
    private final int parallelism;
    private final CallObserver observer;
    private final BooleanSupplier keepGoing;

    public DemoLoader(ApiClient commands, int parallelism) {
        this(commands, parallelism, CallObserver.NONE, () -> true);
    }

    /**
     * @param keepGoing asked before every call: once false, the children still loading stop where they are and the
     *                  rest are not started (they count as {@code stopped}, not as failures)
     */
    public DemoLoader(ApiClient commands, int parallelism, CallObserver observer, BooleanSupplier keepGoing) {
        this.commands = commands;
        this.parallelism = parallelism;
        this.observer = observer;
        this.keepGoing = keepGoing;
    }

    public Result load(DemoPlan plan, PrintStream out) throws InterruptedException {
        Instant start = Instant.now();
        List<String> caseIds = Collections.synchronizedList(new ArrayList<>());
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger done = new AtomicInteger();
        AtomicInteger completed = new AtomicInteger();
        AtomicInteger stopped = new AtomicInteger();
        int total = plan.children().size();
        ExecutorService pool = Executors.newFixedThreadPool(parallelism, r -> {
            Thread t = new Thread(r, "demo-data");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (ChildPlan child : plan.children()) {
                futures.add(pool.submit(() -> {
                    String failure = play(child, caseIds);
                    if (failure == null) {
                        completed.incrementAndGet();
                    } else if (failure.equals(STOPPED)) {
                        stopped.incrementAndGet();
                        return;
                    } else {
                        failures.add(failure);
                    }
                    int n = done.incrementAndGet();
                    if (n % 50 == 0 || n == total) {
                        out.printf("  %d/%d children loaded (%d s)%n", n, total,
                                Duration.between(start, Instant.now()).toSeconds());
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(String.valueOf(e.getCause()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Result(total, completed.get(), List.copyOf(caseIds), List.copyOf(failures),
                Duration.between(start, Instant.now()), stopped.get());
    }

    /** Runs one child's calls; returns null on success, else what failed. */
    private String play(ChildPlan child, List<String> caseIds) {
        Map<String, String> ids = new HashMap<>();
        for (Step step : child.steps()) {
            if (!keepGoing.getAsBoolean()) {
                return STOPPED;
            }
            String path = step.path();
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            try {
                long sent = System.nanoTime();
                ApiClient.Response r = commands.send(step.user(), step.method(), path, step.body());
                observer.called(step, path, ids, System.nanoTime() - sent, r);
                if (!r.ok()) {
                    return "child #" + child.index() + " (" + child.name() + "): " + step.method() + " " + path
                            + " as " + step.user() + " → " + r.status() + " " + r.problem();
                }
                if (step.capture() != null) {
                    String id = r.body() == null || !r.body().has(step.capture()) ? null : r.body().get(step.capture()).asText();
                    if (id == null) {
                        return "child #" + child.index() + ": " + step.method() + " " + path + " answered " + r.status()
                                + " without " + step.capture() + " in " + r.raw();
                    }
                    ids.put(step.capture(), id);
                    if (step.capture().equals("caseId")) {
                        caseIds.add(id + " " + step.user());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "child #" + child.index() + ": interrupted";
            } catch (Exception e) {
                return "child #" + child.index() + ": " + step.method() + " " + path + " failed: " + e;
            }
        }
        return null;
    }
}
