package org.cseriskrecord.web.timeline;

import org.cseriskrecord.web.cases.CaseOptions;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The geometry of the child's level over time, for a small server-rendered SVG (no JavaScript): a step line through
 * each authorised assessment's level, by the assessment's own date, held until today. The numbers are also in a table
 * beside it; the chart only shows their shape.
 *
 * @param width   the drawing's width in SVG units
 * @param height  its height
 * @param path    the step line ({@code d} of an SVG path), empty when nothing is authorised yet
 * @param markers one per authorised assessment
 * @param levels  the horizontal grid lines, one per level, lowest first
 * @param dates   the labelled dates along the bottom (first, last and today)
 */
public record LevelChart(int width, int height, String path, List<Marker> markers, List<Tick> levels,
                         List<Tick> dates) {

    /** Levels from the bottom of the chart up. */
    static final List<String> LEVELS = CaseOptions.LEVELS;
    static final int WIDTH = 640;
    static final int HEIGHT = 220;
    static final int LEFT = 90;
    static final int RIGHT = 20;
    static final int TOP = 20;
    static final int BOTTOM = 40;

    /** One authorised assessment: its own date and the level the manager authorised. */
    public record Point(LocalDate date, String level) {
    }

    /** A marker at (x, y) for the assessment of {@code date} at {@code level}. */
    public record Marker(double x, double y, LocalDate date, String level) {
    }

    /** A grid line or axis label at {@code position} (y for levels, x for dates). */
    public record Tick(double position, String label) {
    }

    public static LevelChart of(List<Point> authorised, LocalDate today) {
        List<Point> points = authorised.stream()
                .filter(p -> p.date() != null && LEVELS.contains(p.level()))
                .sorted(Comparator.comparing(Point::date)).toList();
        List<Tick> levels = new ArrayList<>();
        for (String level : LEVELS) {
            levels.add(new Tick(y(level), level));
        }
        if (points.isEmpty()) {
            return new LevelChart(WIDTH, HEIGHT, "", List.of(), levels, List.of());
        }
        LocalDate first = points.get(0).date();
        LocalDate last = points.get(points.size() - 1).date();
        LocalDate end = today.isAfter(last) ? today : last;
        long span = Math.max(1, ChronoUnit.DAYS.between(first, end));
        List<Marker> markers = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (Point p : points) {
            double x = x(p.date(), first, span);
            double y = y(p.level());
            if (path.isEmpty()) {
                path.append("M").append(fmt(x)).append(",").append(fmt(y));
            } else {
                path.append(" H").append(fmt(x)).append(" V").append(fmt(y));
            }
            markers.add(new Marker(x, y, p.date(), p.level()));
        }
        path.append(" H").append(fmt(x(end, first, span)));
        List<Tick> dates = new ArrayList<>();
        dates.add(new Tick(x(first, first, span), first.toString()));
        if (!end.equals(first)) {
            dates.add(new Tick(x(end, first, span), end.toString()));
        }
        return new LevelChart(WIDTH, HEIGHT, path.toString(), markers, levels, dates);
    }

    /** The bottom of the plotting area, where the date labels go under. */
    public double axisY() {
        return HEIGHT - BOTTOM;
    }

    public double plotLeft() {
        return LEFT;
    }

    public double plotRight() {
        return WIDTH - RIGHT;
    }

    static double y(String level) {
        double step = (double) (HEIGHT - TOP - BOTTOM) / (LEVELS.size() - 1);
        return HEIGHT - BOTTOM - LEVELS.indexOf(level) * step;
    }

    static double x(LocalDate date, LocalDate first, long span) {
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, date) / span;
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }
}
