package org.cseriskrecord.web.dashboards;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The charts' geometry: scales, bar positions and the drawing of suppressed counts. */
class BarChartTest {

    private static final Count SUPPRESSED = Count.suppressedCount();

    private static BarChart chart(List<BarChart.Series> series, int months) {
        List<String> labels = java.util.stream.IntStream.range(0, months).mapToObj(i -> "M" + i).toList();
        List<String> years = java.util.stream.IntStream.range(0, months).mapToObj(i -> "Y" + (i / 12)).toList();
        return BarChart.of("chart", "Title", "Description", labels, years, labels, series, "<5 (1 to 4)");
    }

    @Test
    void the_scale_rounds_the_largest_count_up_to_round_ticks_from_zero() {
        var chart = chart(List.of(new BarChart.Series("A", List.of(Count.of(0), Count.of(37), Count.of(12)))), 3);

        assertThat(chart.maximum()).isEqualTo(40);
        assertThat(chart.ticks()).extracting(BarChart.Tick::value).containsExactly(0L, 10L, 20L, 30L, 40L);
        assertThat(chart.ticks().get(0).y()).isEqualTo(BarChart.BASELINE);
        assertThat(chart.ticks().get(4).y()).isEqualTo(BarChart.TOP);
    }

    @Test
    void a_bar_is_as_tall_as_its_count_on_the_scale_and_stands_on_the_baseline() {
        var chart = chart(List.of(new BarChart.Series("A", List.of(Count.of(20), Count.of(40), Count.of(0)))), 3);

        var bars = chart.bars();
        assertThat(bars.get(0).height()).isCloseTo(BarChart.PLOT_HEIGHT / 2.0, within(0.1));
        assertThat(bars.get(1).height()).isCloseTo(BarChart.PLOT_HEIGHT, within(0.1));
        assertThat(bars.get(2).height()).isZero();
        bars.forEach(bar -> assertThat(bar.y() + bar.height()).isCloseTo(BarChart.BASELINE, within(0.1)));
        assertThat(bars).extracting(BarChart.Bar::text).containsExactly("20", "40", "0");
    }

    @Test
    void bars_of_a_month_stand_side_by_side_inside_their_month_and_months_follow_each_other() {
        var chart = chart(List.of(new BarChart.Series("A", List.of(Count.of(5), Count.of(6))),
                new BarChart.Series("B", List.of(Count.of(7), Count.of(8)))), 2);

        double slot = BarChart.PLOT_WIDTH / 2.0;
        var bars = chart.bars();
        assertThat(bars).extracting(BarChart.Bar::category).containsExactly(0, 0, 1, 1);
        assertThat(bars.get(1).x()).isCloseTo(bars.get(0).x() + bars.get(0).width(), within(0.2));
        assertThat(bars.get(0).x()).isGreaterThanOrEqualTo(BarChart.LEFT);
        assertThat(bars.get(1).x() + bars.get(1).width()).isLessThanOrEqualTo(BarChart.LEFT + slot);
        assertThat(bars.get(2).x()).isCloseTo(bars.get(0).x() + slot, within(0.2));
        assertThat(bars.get(3).x() + bars.get(3).width()).isLessThanOrEqualTo(BarChart.WIDTH - BarChart.RIGHT);
        assertThat(bars.get(0).style()).isEqualTo(BarChart.STYLES.get(0));
        assertThat(bars.get(1).style()).isEqualTo(BarChart.STYLES.get(1));
    }

    @Test
    void a_suppressed_count_is_a_hatched_band_from_one_to_four_never_a_bar_of_zero_or_four() {
        var chart = chart(List.of(new BarChart.Series("A", List.of(SUPPRESSED, Count.of(4), Count.of(0)))), 3);

        assertThat(chart.maximum()).as("the scale reaches 5 so the band fits").isEqualTo(5);
        var band = chart.bars().get(0);
        var four = chart.bars().get(1);
        assertThat(band.suppressed()).isTrue();
        assertThat(band.style()).isEqualTo(BarChart.SUPPRESSED_STYLE);
        assertThat(band.text()).isEqualTo("<5");
        assertThat(band.label()).isEqualTo("<5");
        assertThat(band.tip()).isEqualTo("M0, A: <5");
        // From 1 to 4 on the scale: it leaves the baseline free, so it is not drawn as 4 (or as 0).
        assertThat(band.y()).isCloseTo(BarChart.y(4, 5), within(0.1));
        assertThat(band.y() + band.height()).isCloseTo(BarChart.y(1, 5), within(0.1));
        assertThat(band.y() + band.height()).isLessThan(BarChart.BASELINE);
        assertThat(band.height()).isLessThan(four.height());
        assertThat(four.suppressed()).isFalse();
        assertThat(chart.legend()).extracting(BarChart.LegendEntry::suppressed).containsExactly(false, true);
    }

    @Test
    void a_suppressed_band_stays_visible_on_a_tall_scale() {
        var chart = chart(List.of(new BarChart.Series("A", List.of(SUPPRESSED, Count.of(900)))), 2);

        assertThat(chart.maximum()).isEqualTo(1000);
        var band = chart.bars().get(0);
        assertThat(band.height()).isCloseTo(BarChart.MIN_BAND_HEIGHT, within(0.1));
        assertThat(band.y() + band.height()).isCloseTo(BarChart.y(1, 1000), within(0.1));
    }

    @Test
    void suppressed_counts_do_not_stretch_the_scale_and_a_chart_of_only_suppressed_counts_has_a_scale_of_five() {
        var chart = chart(List.of(new BarChart.Series("A", List.of(SUPPRESSED, SUPPRESSED))), 2);

        assertThat(chart.maximum()).isEqualTo(5);
        assertThat(chart.ticks()).extracting(BarChart.Tick::value).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void a_chart_without_suppressed_counts_has_no_suppressed_key() {
        var chart = chart(List.of(new BarChart.Series("A", List.of(Count.of(6))),
                new BarChart.Series("B", List.of(Count.of(0)))), 1);

        assertThat(chart.legend()).extracting(BarChart.LegendEntry::name).containsExactly("A", "B");
    }

    @Test
    void many_months_keep_their_bars_but_write_only_every_few_labels_and_each_year_once() {
        var series = new BarChart.Series("A", java.util.Collections.nCopies(60, Count.of(8)));
        var chart = chart(List.of(series, series, series, series), 60);

        assertThat(chart.bars()).hasSize(240);
        assertThat(chart.bars()).allSatisfy(bar -> assertThat(bar.label()).as("too thin for numbers").isNull());
        var written = chart.categories().stream().filter(c -> !c.text().isEmpty()).toList();
        assertThat(written.size()).isBetween(2, 60 / 2);
        for (int i = 1; i < written.size(); i++) {
            assertThat(written.get(i).x() - written.get(i - 1).x())
                    .isGreaterThanOrEqualTo(BarChart.MIN_CATEGORY_LABEL_WIDTH);
        }
        assertThat(chart.categories().stream().filter(c -> c.secondLine() != null).map(BarChart.CategoryLabel::secondLine))
                .containsExactly("Y0", "Y1", "Y2", "Y3", "Y4");
    }

    @Test
    void nice_steps_are_one_two_or_five_times_a_power_of_ten() {
        assertThat(BarChart.niceStep(0.3)).isEqualTo(1);
        assertThat(BarChart.niceStep(1)).isEqualTo(1);
        assertThat(BarChart.niceStep(1.2)).isEqualTo(2);
        assertThat(BarChart.niceStep(3)).isEqualTo(5);
        assertThat(BarChart.niceStep(7.4)).isEqualTo(10);
        assertThat(BarChart.niceStep(14)).isEqualTo(20);
        assertThat(BarChart.niceStep(180)).isEqualTo(200);
    }

    @Test
    void a_series_without_a_count_for_every_month_is_refused() {
        assertThatThrownBy(() -> chart(List.of(new BarChart.Series("A", List.of(Count.of(1)))), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_count_is_a_number_or_the_suppressed_string_and_nothing_else() {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertThat(Count.of(json.getNodeFactory().numberNode(7))).isEqualTo(Count.of(7));
        assertThat(Count.of(json.getNodeFactory().textNode("<5")).suppressed()).isTrue();
        assertThat(Count.of(json.getNodeFactory().textNode("<5")).text()).isEqualTo("<5");
        assertThatThrownBy(() -> Count.of(json.getNodeFactory().textNode("4")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Count.of(json.getNodeFactory().missingNode()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
