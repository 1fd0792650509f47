package org.cseriskrecord.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The run's rows: printed as one table and written as CSV. */
final class Report {

    /** One measured path at one concurrency; {@code summary} is null for rows that are only a figure (a ratio). */
    record Row(String phase, String path, int clients, Latencies.Summary summary, String note) {
    }

    static final String CSV_HEADER = "phase,path,clients,operations,errors,seconds,per_second,p50_ms,p95_ms,p99_ms,max_ms,note";

    private final List<Row> rows = new ArrayList<>();

    void add(String phase, String path, int clients, Latencies.Summary summary, String note) {
        rows.add(new Row(phase, path, clients, summary, note == null ? "" : note));
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    int errors() {
        return rows.stream().filter(r -> r.summary() != null).mapToInt(r -> r.summary().errors()).sum();
    }

    void print(PrintStream out) {
        out.printf(Locale.ROOT, "%-10s %-22s %7s %9s %6s %10s %9s %9s %9s %9s  %s%n", "phase", "path", "clients",
                "ops", "errors", "per second", "p50 ms", "p95 ms", "p99 ms", "max ms", "note");
        for (Row r : rows) {
            Latencies.Summary s = r.summary();
            if (s == null) {
                out.printf(Locale.ROOT, "%-10s %-22s %7d %9s %6s %10s %9s %9s %9s %9s  %s%n", r.phase(), r.path(),
                        r.clients(), "", "", "", "", "", "", "", r.note());
            } else {
                out.printf(Locale.ROOT, "%-10s %-22s %7d %9d %6d %10.1f %9.1f %9.1f %9.1f %9.1f  %s%n", r.phase(),
                        r.path(), r.clients(), s.operations(), s.errors(), s.perSecond(), s.p50(), s.p95(), s.p99(),
                        s.max(), r.note());
            }
        }
    }

    void writeCsv(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(CSV_HEADER);
        for (Row r : rows) {
            Latencies.Summary s = r.summary();
            String figures = s == null ? ",,,,,,," : String.format(Locale.ROOT, "%d,%d,%.3f,%.1f,%.2f,%.2f,%.2f,%.2f",
                    s.operations(), s.errors(), s.seconds(), s.perSecond(), s.p50(), s.p95(), s.p99(), s.max());
            lines.add(String.join(",", r.phase(), r.path(), Integer.toString(r.clients()), figures,
                    "\"" + r.note().replace("\"", "\"\"") + "\""));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
