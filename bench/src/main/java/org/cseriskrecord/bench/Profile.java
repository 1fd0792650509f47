package org.cseriskrecord.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A JFR profile of a running service (command-service) while the benchmark loads it, started and stopped with the
 * JDK's {@code jcmd}, summarised from the recording's CPU samples: the methods that were on the CPU themselves
 * (self), and the project's, Axon's, Spring Security's, Jackson's and the JDBC driver's methods by the share of
 * samples they were on the stack for (total). The recording itself is kept for JDK Mission Control.
 */
final class Profile {

    private static final String NAME = "cse-bench";
    private static final String PROJECT = "org.cseriskrecord.";
    private static final List<String> OURS = List.of(PROJECT, "org.axonframework.",
            "org.springframework.security.", "org.springframework.kafka.", "org.postgresql.", "com.fasterxml.jackson.",
            "com.zaxxer.hikari.", "org.apache.kafka.", "org.springframework.jdbc.", "org.springframework.web.");

    private final long pid;
    private final Path file;

    private Profile(long pid, Path file) {
        this.pid = pid;
        this.file = file.toAbsolutePath();
    }

    static Profile start(long pid, Path file) throws IOException, InterruptedException {
        Profile p = new Profile(pid, file);
        p.jcmd("JFR.start", "name=" + NAME, "settings=profile", "filename=" + p.file);
        return p;
    }

    Path stop() throws IOException, InterruptedException {
        jcmd("JFR.stop", "name=" + NAME);
        return file;
    }

    private void jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of("jcmd", Long.toString(pid)));
        line.addAll(List.of(command));
        Process p = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || output.contains("Could not")) {
            throw new IOException("jcmd " + String.join(" ", command) + " on process " + pid + " failed: " + output.trim());
        }
    }

    /** The top {@code n} self and total entries of a recording's CPU samples, as lines of text. */
    static List<String> summarise(Path recording, int n) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> ours = new HashMap<>();
        int samples = 0;
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                RecordedStackTrace stack = event.getStackTrace();
                if (stack == null || stack.getFrames().isEmpty()) {
                    continue;
                }
                samples++;
                self.merge(name(stack.getFrames().get(0)), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame frame : stack.getFrames()) {
                    String method = name(frame);
                    if (OURS.stream().anyMatch(method::startsWith) && seen.add(method)) {
                        total.merge(method, 1, Integer::sum);
                        if (method.startsWith(PROJECT)) {
                            ours.merge(method, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        List<String> lines = new java.util.ArrayList<>();
        lines.add(samples + " CPU samples in " + recording.getFileName());
        lines.add("self (on the CPU itself):");
        top(self, samples, n).forEach(lines::add);
        lines.add("total (on the stack), project, framework and driver methods:");
        top(total, samples, n).forEach(lines::add);
        lines.add("total (on the stack), this project's methods:");
        top(ours, samples, n).forEach(lines::add);
        return lines;
    }

    private static List<String> top(Map<String, Integer> counts, int samples, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(n)
                .map(e -> String.format("  %5.1f %%  %s", 100.0 * e.getValue() / Math.max(samples, 1), e.getKey()))
                .toList();
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
