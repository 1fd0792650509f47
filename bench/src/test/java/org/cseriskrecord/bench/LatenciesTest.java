package org.cseriskrecord.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatenciesTest {

    @Test
    void percentiles_are_the_nearest_rank_of_every_sample() {
        long[] sorted = new long[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = (i + 1) * 1_000_000L; // 1 … 100 ms
        }
        assertThat(Latencies.percentile(sorted, 50)).isEqualTo(50_000_000L);
        assertThat(Latencies.percentile(sorted, 99)).isEqualTo(99_000_000L);
        assertThat(Latencies.percentile(sorted, 100)).isEqualTo(100_000_000L);
        assertThat(Latencies.percentile(new long[]{7}, 99)).isEqualTo(7);
        assertThat(Latencies.percentile(new long[0], 99)).isZero();
    }

    @Test
    void a_summary_counts_operations_and_errors_and_gives_throughput_over_the_wall_clock_time() {
        Latencies latencies = new Latencies();
        for (int i = 1; i <= 2_000; i++) { // more than the first array: it grows
            latencies.record(i * 1_000L);
        }
        latencies.error("409 refused");
        latencies.error("500 later");
        Latencies.Summary s = latencies.summary(4.0);
        assertThat(s.operations()).isEqualTo(2_000);
        assertThat(s.errors()).isEqualTo(2);
        assertThat(latencies.firstError()).isEqualTo("409 refused");
        assertThat(s.perSecond()).isCloseTo(500.0, within(0.001));
        assertThat(s.p50()).isCloseTo(1.0, within(0.001));
        assertThat(s.max()).isCloseTo(2.0, within(0.001));
    }
}
