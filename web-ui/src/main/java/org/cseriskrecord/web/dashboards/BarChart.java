package org.cseriskrecord.web.dashboards;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a grouped bar chart drawn on the server as SVG ({@code templates/dashboards/chart.html}): one group
 * per category (a month), one bar per series, a y axis from 0 with round ticks. Everything a browser needs is
 * computed here, so the chart reads the same without JavaScript and a broken scale fails a unit test.
 * <p>
 * A suppressed count ({@code "<5"}) is drawn as what it is, an unknown number from 1 to 4: a hatched band from 1 to
 * 4 on the scale with a dashed outline and the label "<5", never a bar of 0 or of 4. Series are told apart by
 * pattern as well as colour (WCAG 1.4.1), and every colour has at least 3:1 contrast against white (WCAG 1.4.11).
 *
 * @param id          the SVG's element id (its title, description and patterns are named after it)
 * @param title       the chart's accessible name
 * @param description the chart's accessible description
 * @param ticks       the y axis's ticks, from 0 up
 * @param bars        every bar, group by group
 * @param categories  the x axis's labels (some left empty when there are too many to write)
 * @param legend      the series in order, then the suppressed band when the chart has one
 * @param categoryNames the categories as the table names them (e.g. "January 2025")
 * @param series      the counts drawn
 */
public record BarChart(String id, String title, String description, double maximum, List<Tick> ticks,
                       List<Bar> bars, List<CategoryLabel> categories, List<LegendEntry> legend,
                       List<String> categoryNames, List<Series> series) {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 300;
    public static final int LEFT = 48;
    public static final int RIGHT = 8;
    public static final int TOP = 16;
    public static final int BOTTOM = 44;
    public static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    public static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;
    public static final int BASELINE = TOP + PLOT_HEIGHT;
    /** A suppressed band is never thinner than this, so it stays visible on a tall scale. */
    public static final double MIN_BAND_HEIGHT = 5;
    /** Below this width a bar has no number written above it (the table has every number). */
    static final double MIN_LABELLED_BAR_WIDTH = 14;
    /** Category labels need this much room; with more categories only every n-th is written. */
    static final double MIN_CATEGORY_LABEL_WIDTH = 30;

    /** The patterns series are drawn with, in order (index into this list = a series' style). */
    public static final List<Style> STYLES = List.of(
            new Style("solid", "#1d70b8"),
            new Style("stripes", "#00703c"),
            new Style("dots", "#4c2c92"),
            new Style("crosshatch", "#d4351c"));
    public static final Style SUPPRESSED_STYLE = new Style("suppressed", "#505a5f");

    /** One series: its name in the legend and its count in each category, in the categories' order. */
    public record Series(String name, List<Count> values) {
    }

    /**
     * @param y     where the tick's line is
     * @param label its value
     */
    public record Tick(double y, long value, String label) {
    }

    /**
     * One bar. For a suppressed count {@code y} to {@code y + height} is the band from 1 to 4.
     *
     * @param label  the number written above the bar, or null when the bar is too thin for it
     * @param tip    the bar's own text (SVG title): category, series and count
     */
    public record Bar(int series, int category, double x, double y, double width, double height, boolean suppressed,
                      String text, String label, double labelX, double labelY, String tip, Style style) {
    }

    /**
     * @param text       the category's label, or empty where it is left out to make room
     * @param secondLine the category's group (year) where a new one starts, else null
     */
    public record CategoryLabel(double x, String text, String secondLine) {
    }

    /** A pattern: its kind (solid, stripes, dots, crosshatch, suppressed) and its colour. */
    public record Style(String kind, String colour) {
    }

    public record LegendEntry(String name, Style style, boolean suppressed) {
    }

    /**
     * @param id                 the SVG element's id
     * @param categoryLabels     one label per category, e.g. "Jan"
     * @param categoryGroups     the group of each category (e.g. its year), written once under the labels, or null
     * @param categoryNames      the category as the bars' own texts name it, e.g. "January 2025"
     * @param series             at most {@link #STYLES} series, each with one count per category
     * @param suppressedName     the legend's name of the suppressed band, e.g. "<5: a number from 1 to 4"
     */
    public static BarChart of(String id, String title, String description, List<String> categoryLabels,
                              List<String> categoryGroups, List<String> categoryNames, List<Series> series,
                              String suppressedName) {
        int categories = categoryLabels.size();
        if (series.isEmpty() || series.size() > STYLES.size()) {
            throw new IllegalArgumentException("A chart has 1 to " + STYLES.size() + " series, not " + series.size());
        }
        for (Series s : series) {
            if (s.values().size() != categories) {
                throw new IllegalArgumentException("Series " + s.name() + " has " + s.values().size()
                        + " values for " + categories + " categories");
            }
        }
        long largest = series.stream().flatMap(s -> s.values().stream())
                .filter(c -> !c.suppressed()).mapToLong(Count::value).max().orElse(0);
        // The scale always reaches 5, so a suppressed band (1 to 4) fits below its top.
        long step = niceStep(Math.max(largest, Count.SUPPRESSED_HIGH + 1) / 5.0);
        long maximum = step * (long) Math.ceil(Math.max(largest, Count.SUPPRESSED_HIGH + 1) / (double) step);

        List<Tick> ticks = new ArrayList<>();
        for (long value = 0; value <= maximum; value += step) {
            ticks.add(new Tick(y(value, maximum), value, Long.toString(value)));
        }

        double slot = categories == 0 ? PLOT_WIDTH : PLOT_WIDTH / (double) categories;
        double groupWidth = slot * 0.8;
        double barWidth = groupWidth / series.size();
        boolean labelled = barWidth >= MIN_LABELLED_BAR_WIDTH;
        List<Bar> bars = new ArrayList<>();
        boolean anySuppressed = false;
        for (int c = 0; c < categories; c++) {
            for (int s = 0; s < series.size(); s++) {
                Count count = series.get(s).values().get(c);
                double x = LEFT + c * slot + (slot - groupWidth) / 2 + s * barWidth;
                double top;
                double height;
                if (count.suppressed()) {
                    anySuppressed = true;
                    double bottom = y(Count.SUPPRESSED_LOW, maximum);
                    top = Math.min(y(Count.SUPPRESSED_HIGH, maximum), bottom - MIN_BAND_HEIGHT);
                    height = bottom - top;
                } else {
                    top = y(count.value(), maximum);
                    height = BASELINE - top;
                }
                String tip = categoryNames.get(c) + ", " + series.get(s).name() + ": " + count.text();
                bars.add(new Bar(s, c, round(x), round(top), round(barWidth), round(height), count.suppressed(),
                        count.text(), labelled ? count.text() : null, round(x + barWidth / 2), round(top - 3), tip,
                        count.suppressed() ? SUPPRESSED_STYLE : STYLES.get(s)));
            }
        }

        int every = (int) Math.max(1, Math.ceil(MIN_CATEGORY_LABEL_WIDTH / slot));
        List<CategoryLabel> labels = new ArrayList<>();
        String lastGroup = null;
        for (int c = 0; c < categories; c++) {
            boolean written = c % every == 0;
            String group = categoryGroups == null ? null : categoryGroups.get(c);
            // The group (the year) is written under the first written label of each group only.
            String second = written && group != null && !group.equals(lastGroup) ? group : null;
            if (second != null) {
                lastGroup = group;
            }
            labels.add(new CategoryLabel(round(LEFT + c * slot + slot / 2), written ? categoryLabels.get(c) : "",
                    second));
        }

        List<LegendEntry> legend = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            legend.add(new LegendEntry(series.get(s).name(), STYLES.get(s), false));
        }
        if (anySuppressed) {
            legend.add(new LegendEntry(suppressedName, SUPPRESSED_STYLE, true));
        }
        return new BarChart(id, title, description, maximum, ticks, bars, labels, legend, List.copyOf(categoryNames),
                List.copyOf(series));
    }

    /** The chart's numbers as the table after it shows them: one row per category, one cell per series. */
    public List<TableRow> rows() {
        List<TableRow> rows = new ArrayList<>();
        for (int c = 0; c < categoryNames.size(); c++) {
            int category = c;
            rows.add(new TableRow(categoryNames.get(c),
                    series.stream().map(s -> s.values().get(category).text()).toList()));
        }
        return rows;
    }

    /** A row of the chart's table: the category's name and each series' count as shown ("<5" as it is). */
    public record TableRow(String name, List<String> cells) {
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int baseline() {
        return BASELINE;
    }

    public int top() {
        return TOP;
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    /** The y coordinate of a value on a scale from 0 (the baseline) to {@code maximum} (the top). */
    static double y(double value, double maximum) {
        return BASELINE - value / maximum * PLOT_HEIGHT;
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough} and at least 1: ticks people read at a glance. */
    static long niceStep(double rough) {
        long power = 1;
        while (power * 10 <= rough) {
            power *= 10;
        }
        for (long factor : new long[]{1, 2, 5, 10}) {
            if (factor * power >= rough) {
                return Math.max(1, factor * power);
            }
        }
        return power * 10;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
