package org.cseriskrecord.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchOptionsTest {

    @Test
    void without_options_it_measures_issue_13s_concurrencies_with_bearer_tokens_and_rebuilds() {
        BenchOptions o = BenchOptions.parse();
        assertThat(o.concurrency()).containsExactly(1, 8, 32);
        assertThat(o.bearer()).isTrue();
        assertThat(o.rebuild()).isTrue();
        assertThat(o.seconds()).isEqualTo(20);
        assertThat(o.out()).isEqualTo(Path.of("target/bench"));
        assertThat(o.commandUrl()).isEmpty();
        assertThat(o.profile()).isFalse();
    }

    @Test
    void smoke_mode_takes_seconds_and_small_counts() {
        BenchOptions o = BenchOptions.parse("--smoke");
        assertThat(o.concurrency()).containsExactly(1, 2);
        assertThat(o.seconds()).isEqualTo(3);
        assertThat(o.reads()).isEqualTo(10);
    }

    @Test
    void options_given_are_taken() {
        BenchOptions o = BenchOptions.parse("--concurrency", "4,16", "--seconds", "5", "--basic", "--no-rebuild",
                "--command-url", "http://localhost:1", "--profile-pid", "42", "--out", "x");
        assertThat(o.concurrency()).isEqualTo(List.of(4, 16));
        assertThat(o.seconds()).isEqualTo(5);
        assertThat(o.bearer()).isFalse();
        assertThat(o.rebuild()).isFalse();
        assertThat(o.commandUrl()).contains("http://localhost:1");
        assertThat(o.profilePid()).contains(42L);
        assertThat(o.profile()).isTrue();
        assertThat(o.out()).isEqualTo(Path.of("x"));
    }

    @Test
    void a_wrong_option_is_refused_with_a_sentence_saying_what_is_wrong() {
        assertThatThrownBy(() -> BenchOptions.parse("--concurency", "8"))
                .hasMessageStartingWith("Unknown option --concurency.");
        assertThatThrownBy(() -> BenchOptions.parse("--seconds", "ten"))
                .hasMessage("--seconds takes a whole number, not \"ten\".");
        assertThatThrownBy(() -> BenchOptions.parse("--concurrency", "0"))
                .hasMessage("--concurrency must be at least 1, not 0.");
        assertThatThrownBy(() -> BenchOptions.parse("--seconds")).hasMessage("--seconds needs a value.");
    }
}
