package org.cseriskrecord.bench;

import java.util.Arrays;

/**
 * The durations of one measured path, recorded from many threads; summarised as throughput and percentiles. Keeps
 * every sample (a run of minutes is at most a few million longs), so percentiles are exact, not estimated.
 */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private int errors;
    private String firstError;

    synchronized void record(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    /** @param what what went wrong, in a few words (the first one is kept for the report) */
    synchronized void error(String what) {
        errors++;
        if (firstError == null) {
            firstError = what;
        }
    }

    /** What the first failed operation said, if one failed. */
    synchronized String firstError() {
        return firstError == null ? "" : firstError;
    }

    synchronized int count() {
        return count;
    }

    /** @param seconds the wall-clock time the samples were taken in (for throughput) */
    synchronized Summary summary(double seconds) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Summary(count, errors, seconds, count / Math.max(seconds, 1e-9),
                millis(percentile(sorted, 50)), millis(percentile(sorted, 95)), millis(percentile(sorted, 99)),
                millis(count == 0 ? 0 : sorted[count - 1]));
    }

    /** The nearest-rank percentile: the smallest sample at or above which {@code p} % of the samples lie. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1];
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Operations done (and failed), over how long, and their latency in milliseconds. */
    record Summary(int operations, int errors, double seconds, double perSecond, double p50, double p95,
                   double p99, double max) {
    }
}
