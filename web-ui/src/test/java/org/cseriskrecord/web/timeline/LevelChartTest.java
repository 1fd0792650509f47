package org.cseriskrecord.web.timeline;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LevelChartTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 31);

    @Test
    void levels_are_evenly_spaced_from_no_risk_at_the_bottom_to_high_at_the_top() {
        assertThat(LevelChart.y("NONE")).isEqualTo(180.0);
        assertThat(LevelChart.y("LOW")).isEqualTo(126.7, org.assertj.core.data.Offset.offset(0.1));
        assertThat(LevelChart.y("HIGH")).isEqualTo(20.0);
    }

    @Test
    void a_step_line_holds_each_level_until_the_next_assessment_and_then_until_today() {
        var chart = LevelChart.of(List.of(
                new LevelChart.Point(LocalDate.of(2026, 12, 1), "MEDIUM"),
                new LevelChart.Point(LocalDate.of(2026, 1, 1), "HIGH")), TODAY);
        // 364 days from the first assessment to today over 530 units: 1 December 2026 is day 334.
        assertThat(chart.path()).isEqualTo("M90.0,20.0 H576.3 V73.3 H620.0");
        assertThat(chart.markers()).extracting(LevelChart.Marker::level).containsExactly("HIGH", "MEDIUM");
        assertThat(chart.markers().get(0).x()).isEqualTo(90.0);
        assertThat(chart.dates()).extracting(LevelChart.Tick::label).containsExactly("2026-01-01", "2026-12-31");
    }

    @Test
    void one_assessment_dated_today_is_a_point_at_the_left() {
        var chart = LevelChart.of(List.of(new LevelChart.Point(TODAY, "LOW")), TODAY);
        assertThat(chart.path()).isEqualTo("M90.0,126.7 H90.0");
        assertThat(chart.dates()).hasSize(1);
    }

    @Test
    void nothing_authorised_draws_no_line() {
        var chart = LevelChart.of(List.of(), TODAY);
        assertThat(chart.path()).isEmpty();
        assertThat(chart.markers()).isEmpty();
        assertThat(chart.levels()).hasSize(4);
    }

    @Test
    void a_level_the_chart_does_not_know_is_left_out_rather_than_drawn_at_the_bottom() {
        var chart = LevelChart.of(List.of(new LevelChart.Point(TODAY, "UNKNOWN")), TODAY);
        assertThat(chart.markers()).isEmpty();
    }
}
