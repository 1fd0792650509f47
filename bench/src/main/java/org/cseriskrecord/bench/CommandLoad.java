package org.cseriskrecord.bench;

import org.cseriskrecord.localstack.demo.ApiClient;
import org.cseriskrecord.localstack.demo.DemoGenerator;
import org.cseriskrecord.localstack.demo.DemoLoader;
import org.cseriskrecord.localstack.demo.DemoPlan;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The command mix: the demo data's synthetic histories (open a case, share it, start assessments, mark indicators
 * with evidence, additional detail, analysis, submit, authorise or return, discard) played through command-service's
 * public API by {@code clients} side by side, for a fixed time. Every command goes through the aggregates, so every
 * rule holds; a refusal counts as an error.
 * <p>
 * Under that load it also measures the end-to-end lag: for every {@value #LAG_SAMPLE}th change, from the command's
 * 2xx to query-service answering {@code GET /api/cases/{caseId}} with that case sequence or a later one — what the
 * web service waits for before it shows the next page.
 */
final class CommandLoad {

    static final int LAG_SAMPLE = 4;
    private static final long LAG_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** What one timed run measured. */
    record Result(Latencies.Summary commands, Latencies.Summary lag, int lagTimeouts, List<String> failures,
                  List<String> caseIds, String firstLagError) {
    }

    private final ApiClient commands;
    private final ApiClient query;
    private final long seed;

    CommandLoad(ApiClient commands, ApiClient query, long seed) {
        this.commands = commands;
        this.query = query;
        this.seed = seed;
    }

    Result run(int clients, int seconds, boolean followLag, PrintStream out) throws InterruptedException {
        // enough histories that no client runs out before the time is up (a history is ~20–60 commands)
        DemoPlan plan = new DemoGenerator().generate(seed * 1_000 + clients * 10L + seconds,
                Math.max(20, clients * seconds * 3), LocalDate.now());
        Latencies latencies = new Latencies();
        Latencies lag = new Latencies();
        AtomicLong changes = new AtomicLong();
        AtomicLong lagTimeouts = new AtomicLong();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService followers = Executors.newFixedThreadPool(Math.max(1, clients), r -> {
            Thread t = new Thread(r, "bench-lag");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        DemoLoader.CallObserver observer = (step, path, ids, nanos, response) -> {
            if (!response.ok()) {
                latencies.error(step.method() + " " + path + " -> " + response.status() + " " + response.problem());
                return;
            }
            latencies.record(nanos);
            Optional<Long> sequence = response.caseSequence();
            if (followLag && sequence.isPresent() && changes.incrementAndGet() % LAG_SAMPLE == 0) {
                String caseId = ids.getOrDefault("caseId", response.body() == null ? null
                        : response.body().path("caseId").asText(null));
                if (caseId != null) {
                    long answered = System.nanoTime();
                    followers.execute(() -> follow(step.user(), caseId, sequence.get(), answered, lag, lagTimeouts));
                }
            }
        };
        DemoLoader.Result loaded = new DemoLoader(commands, clients, observer, () -> System.nanoTime() < end)
                .load(plan, new PrintStream(PrintStream.nullOutputStream()));
        double took = (System.nanoTime() - start) / 1e9;
        followers.shutdown();
        if (!followers.awaitTermination(60, TimeUnit.SECONDS)) {
            followers.shutdownNow();
        }
        failures.addAll(loaded.failures());
        return new Result(latencies.summary(took), lag.summary(took), (int) lagTimeouts.get(),
                List.copyOf(failures), loaded.caseIds(), lag.firstError());
    }

    /** Polls the read side until it shows the case at {@code sequence}; records the lag from the command's answer. */
    private void follow(String user, String caseId, long sequence, long answered, Latencies lag, AtomicLong timeouts) {
        long pause = 2;
        while (System.nanoTime() - answered < LAG_TIMEOUT_NANOS) {
            try {
                ApiClient.Response r = query.get(user, "/api/cases/" + caseId);
                if (r.ok() && r.caseSequence().filter(applied -> applied >= sequence).isPresent()) {
                    lag.record(System.nanoTime() - answered);
                    return;
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                lag.error(String.valueOf(e));
                return;
            }
        }
        timeouts.incrementAndGet();
        lag.error("case " + caseId + " not shown at sequence " + sequence + " within 30 s");
    }

    /** The users the mix acts as, signed in before anything is timed (a sign-in is not a command). */
    static List<String> users() {
        return java.util.stream.Stream.concat(
                java.util.Arrays.stream(DemoPlan.Agency.values()).flatMap(a -> java.util.stream.Stream.of(a.practitioner, a.manager)),
                java.util.stream.Stream.of("board", "auditor", "admin")).distinct().toList();
    }
}
