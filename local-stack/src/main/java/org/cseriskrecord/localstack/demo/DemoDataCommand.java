package org.cseriskrecord.localstack.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.localstack.Processes;
import org.cseriskrecord.localstack.StackConfig;
import org.cseriskrecord.localstack.StackException;
import org.cseriskrecord.localstack.services.ServiceRunner;
import org.cseriskrecord.localstack.services.ServiceSpec;
import org.cseriskrecord.localstack.services.Services;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * {@code ./run --demo-data [--seed N] [--children N] [--as-of YYYY-MM-DD]}: generates the synthetic history
 * ({@link DemoGenerator}) and plays it through the command-service's public API ({@link DemoLoader}). The same seed,
 * child count and as-of date always make the same history (assessment dates are counted back from the as-of date,
 * which defaults to today).
 */
public final class DemoDataCommand {

    public static final long DEFAULT_SEED = 1;
    public static final int DEFAULT_CHILDREN = 300;

    private long seed = DEFAULT_SEED;
    private int children = DEFAULT_CHILDREN;
    private LocalDate asOf = LocalDate.now();

    public long seed() { return seed; }
    public int children() { return children; }
    public LocalDate asOf() { return asOf; }

    /**
     * Takes {@code --demo-data} and its options out of {@code args}; empty if {@code --demo-data} is not there.
     */
    public static java.util.Optional<DemoDataCommand> parse(List<String> args) throws StackException {
        if (!args.contains("--demo-data")) {
            for (String a : args) {
                if (a.equals("--seed") || a.equals("--children") || a.equals("--as-of")) {
                    throw new StackException(a + " goes with --demo-data, e.g. ./run --demo-data --seed 7.");
                }
            }
            return java.util.Optional.empty();
        }
        args.remove("--demo-data");
        DemoDataCommand c = new DemoDataCommand();
        for (String option : List.of("--seed", "--children", "--as-of")) {
            int i = args.indexOf(option);
            if (i < 0) {
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new StackException(option + " needs a value.");
            }
            String value = args.get(i + 1);
            try {
                switch (option) {
                    case "--seed" -> c.seed = Long.parseLong(value);
                    case "--children" -> c.children = Integer.parseInt(value);
                    default -> c.asOf = LocalDate.parse(value);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                throw new StackException(option + " " + value + " is not valid (--seed and --children take numbers,"
                        + " --as-of a date YYYY-MM-DD).");
            }
            args.remove(i + 1);
            args.remove(i);
        }
        if (c.children < 1 || c.children > 100_000) {
            throw new StackException("--children must be between 1 and 100000.");
        }
        if (c.asOf.isAfter(LocalDate.now())) {
            throw new StackException("--as-of cannot be in the future: assessment dates must be in the past.");
        }
        return java.util.Optional.of(c);
    }

    /** Loads into the running stack whose ports are in {@code .local-stack/env/*.env} (or the configured ports). */
    public void load(StackConfig config, PrintStream out) throws StackException {
        String commandUrl = url(config, "command-service");
        String queryUrl = url(config, "query-service");
        load(commandUrl, queryUrl, out);
    }

    public DemoLoader.Result load(String commandUrl, String queryUrl, PrintStream out) throws StackException {
        for (String base : List.of(commandUrl, queryUrl)) {
            int port = java.net.URI.create(base).getPort();
            if (!ServiceRunner.healthy(port)) {
                throw new StackException("No healthy service answers at " + base + " — start the stack with ./run first.");
            }
        }
        ApiClient query = new ApiClient(queryUrl);
        existingCases(query).ifPresent(n -> {
            if (n > 0) {
                out.println("Note: the record already holds " + n + " case(s); the demo data adds to them.");
            }
        });
        DemoPlan plan = new DemoGenerator().generate(seed, children, asOf);
        out.println("Demo data (seed " + seed + ", as of " + asOf + "): " + plan.describe() + ".");
        out.println("  Synthetic names, QQ postcodes and 07700 900xxx numbers only; no real person or address.");
        DemoLoader.Result result;
        try {
            result = new DemoLoader(new ApiClient(commandUrl), 4).load(plan, out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Demo data loading was interrupted.");
        }
        out.println("  " + result.completed() + " of " + result.children() + " children loaded through "
                + commandUrl + " in " + result.took().toSeconds() + " s.");
        if (!result.caseIds().isEmpty()) {
            String[] last = result.caseIds().get(result.caseIds().size() - 1).split(" ");
            boolean visible = awaitVisible(query, last[0], last[1]);
            out.println(visible ? "  The query-service shows them (e.g. curl -u " + last[1] + ":" + last[1] + " "
                    + queryUrl + "/api/cases/" + last[0] + ")."
                    : "  The query-service does not show case " + last[0] + " yet; it catches up from Kafka.");
        }
        if (!result.failures().isEmpty()) {
            StringBuilder sb = new StringBuilder(result.failures().size() + " of " + result.children()
                    + " children could not be loaded completely; the first:");
            result.failures().stream().limit(5).forEach(f -> sb.append(System.lineSeparator()).append("    ").append(f));
            throw new StackException(sb.toString());
        }
        return result;
    }

    private static java.util.Optional<Integer> existingCases(ApiClient query) {
        try {
            ApiClient.Response r = query.get("auditor", "/api/cases");
            if (!r.ok() || r.body() == null) {
                r = query.get("manager", "/api/cases");
            }
            if (!r.ok() || r.body() == null) {
                return java.util.Optional.empty();
            }
            JsonNode list = r.body().isArray() ? r.body() : r.body().has("items") ? r.body().get("items")
                    : r.body().has("content") ? r.body().get("content") : null;
            if (r.body().has("total")) {
                return java.util.Optional.of(r.body().get("total").asInt());
            }
            return list == null ? java.util.Optional.empty() : java.util.Optional.of(list.size());
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    private static boolean awaitVisible(ApiClient query, String caseId, String user) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (query.get(user, "/api/cases/" + caseId).ok()) {
                    return true;
                }
            } catch (IOException e) {
                // not yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            Processes.sleep(500);
        }
        return false;
    }

    /** The URL of a service of the stack {@code ./run} started (its env file), else its configured port. */
    public static String url(StackConfig config, String name) throws StackException {
        ServiceSpec s = Services.named(name).orElseThrow(() -> new StackException("No service " + name + "."));
        int port = config.port(s);
        try {
            Map<String, String> env = ServiceRunner.readEnvFile(config.envFile(name));
            if (env.containsKey("SERVER_PORT")) {
                port = Integer.parseInt(env.get("SERVER_PORT"));
            }
        } catch (IOException | NumberFormatException e) {
            // not started by ./run yet: the configured port
        }
        return "http://localhost:" + port;
    }
}
