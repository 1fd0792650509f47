package org.cseriskrecord.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one benchmark run measures and where. Unset addresses come from the running local stack (the same environment
 * variables and state directory as {@code ./run}); see docs/benchmarks.md.
 */
record BenchOptions(Optional<String> commandUrl, Optional<String> queryUrl, Optional<String> issuer,
                    Optional<String> jdbcUrl, String jdbcUser, String jdbcPassword, List<Integer> concurrency,
                    int seconds, int warmupSeconds, int reads, List<Integer> readConcurrency, boolean rebuild,
                    boolean bearer, long seed, Path out, Optional<Long> profilePid, boolean profile, boolean smoke) {

    static final String USAGE = String.join(System.lineSeparator(),
            "./run bench [options]   measure the running stack against PostgreSQL's own insert rate (docs/benchmarks.md)",
            "  --concurrency 1,8,32     clients side by side, one measurement each (default 1,8,32)",
            "  --seconds N              seconds per measurement (default 20)",
            "  --warmup N               seconds of unmeasured commands first (default 10)",
            "  --reads N                requests per read path and concurrency (default 300)",
            "  --read-concurrency 1,8   clients for the reads (default 1,8)",
            "  --no-rebuild             do not rebuild the projections (on by default; the read side pauses meanwhile)",
            "  --basic                  sign requests with HTTP Basic instead of bearer tokens (to see what it costs)",
            "  --seed N                 seed of the synthetic histories (default 1)",
            "  --out DIR                where the CSV goes (default target/bench)",
            "  --profile                record a JFR profile of command-service during the commands at concurrency 8",
            "  --profile-pid PID        the same for another process",
            "  --command-url URL, --query-url URL, --issuer URL   the services (default: the local stack's)",
            "  --jdbc-url URL, --jdbc-user U, --jdbc-password P    the database server for the baseline",
            "                           (default: command-service's server, database 'postgres')",
            "  --smoke                  seconds, small counts: that every path works (CI runs it)");

    static BenchOptions parse(String... arguments) {
        List<String> args = new ArrayList<>(Arrays.asList(arguments));
        boolean smoke = args.remove("--smoke");
        Map<String, String> v = new java.util.HashMap<>();
        boolean rebuild = !args.remove("--no-rebuild");
        boolean bearer = !args.remove("--basic");
        boolean profile = args.remove("--profile");
        List<String> valued = List.of("--command-url", "--query-url", "--issuer", "--jdbc-url", "--jdbc-user",
                "--jdbc-password", "--concurrency", "--seconds", "--warmup", "--reads", "--read-concurrency", "--seed",
                "--out", "--profile-pid");
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!valued.contains(a)) {
                throw new IllegalArgumentException("Unknown option " + a + "." + System.lineSeparator() + USAGE);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(a + " needs a value.");
            }
            v.put(a, args.get(++i));
        }
        return new BenchOptions(
                Optional.ofNullable(v.get("--command-url")), Optional.ofNullable(v.get("--query-url")),
                Optional.ofNullable(v.get("--issuer")), Optional.ofNullable(v.get("--jdbc-url")),
                v.getOrDefault("--jdbc-user", "postgres"), v.getOrDefault("--jdbc-password", ""),
                counts("--concurrency", v.getOrDefault("--concurrency", smoke ? "1,2" : "1,8,32")),
                number("--seconds", v.getOrDefault("--seconds", smoke ? "3" : "20"), 1),
                number("--warmup", v.getOrDefault("--warmup", smoke ? "1" : "10"), 0),
                number("--reads", v.getOrDefault("--reads", smoke ? "10" : "300"), 1),
                counts("--read-concurrency", v.getOrDefault("--read-concurrency", smoke ? "1,2" : "1,8")),
                rebuild, bearer, number("--seed", v.getOrDefault("--seed", "1"), 0),
                Path.of(v.getOrDefault("--out", "target/bench")),
                Optional.ofNullable(v.get("--profile-pid")).map(p -> (long) number("--profile-pid", p, 1)),
                profile || v.containsKey("--profile-pid"), smoke);
    }

    private static int number(String option, String value, int min) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n < min) {
                throw new IllegalArgumentException(option + " must be at least " + min + ", not " + value + ".");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not \"" + value + "\".");
        }
    }

    private static List<Integer> counts(String option, String value) {
        List<Integer> list = new ArrayList<>();
        for (String part : value.split(",")) {
            int n = number(option, part, 1);
            if (n > 256) {
                throw new IllegalArgumentException(option + " goes up to 256 clients, not " + n + ".");
            }
            list.add(n);
        }
        return List.copyOf(list);
    }
}
