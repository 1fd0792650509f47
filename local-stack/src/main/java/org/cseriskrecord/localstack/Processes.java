package org.cseriskrecord.localstack;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Child processes of the local stack: how they are started (detached from the terminal's process group, so that
 * Ctrl-C reaches only the launcher, which then stops them in order), recorded (pid files) and stopped.
 */
public final class Processes {

    /** Every process the stack starts carries {@code -Dcse.local-stack.process=<part>}: ps shows it, and pid reuse is ruled out. */
    public static final String MARKER = "-Dcse.local-stack.process=";

    private static final boolean SETSID = !System.getProperty("os.name", "").toLowerCase().contains("mac")
            && new File("/usr/bin/setsid").canExecute();

    private Processes() {
    }

    /** The java executable of the running JVM: children run on the same JDK as the launcher. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts {@code command} in a new session (setsid, where it exists), with its output appended to {@code log},
     * stdin from /dev/null, and the given environment on top of the launcher's.
     */
    public static Process start(List<String> command, Map<String, String> env, Path log, Path workingDirectory)
            throws IOException {
        Files.createDirectories(log.getParent());
        List<String> full = new ArrayList<>();
        if (SETSID) {
            full.add("/usr/bin/setsid");
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(env);
        return pb.start();
    }

    public static void writePid(Path pidFile, long pid) throws IOException {
        Files.createDirectories(pidFile.getParent());
        Files.writeString(pidFile, pid + System.lineSeparator(), StandardCharsets.UTF_8);
    }

    public static OptionalLong readPid(Path pidFile) {
        try {
            String s = Files.readString(pidFile, StandardCharsets.UTF_8).trim();
            return s.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(s));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** The live process recorded in {@code pidFile} if it is still the stack's {@code part} (not a reused pid). */
    public static Optional<ProcessHandle> live(Path pidFile, String part) {
        OptionalLong pid = readPid(pidFile);
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid.getAsLong())
                .filter(ProcessHandle::isAlive)
                .filter(h -> !exited(h.pid()))
                .filter(h -> h.info().commandLine().map(c -> c.contains(MARKER + part)).orElse(true));
    }

    /**
     * Whether the process has exited but is not reaped yet (a zombie, or dying): still "alive" to
     * {@link ProcessHandle#isAlive()} until its parent waits for it, which for a service whose parent is busy or gone
     * may be never. A crashed service must count as stopped at once, so ./run start works right after the crash.
     */
    static boolean exited(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.UTF_8);
            int end = stat.lastIndexOf(')'); // the command name may itself contain spaces and parentheses
            char state = end < 0 || end + 2 >= stat.length() ? '?' : stat.charAt(end + 2);
            return state == 'Z' || state == 'X' || state == 'x';
        } catch (IOException | RuntimeException e) {
            return false; // no /proc (macOS): rely on isAlive()
        }
    }

    /** Asks the process to stop (SIGTERM), waits up to {@code grace}, then kills it. Returns true if it stopped in time. */
    public static boolean stop(ProcessHandle handle, Duration grace) {
        if (!handle.isAlive()) {
            return true;
        }
        handle.destroy();
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            handle.destroyForcibly();
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // nothing more can be done
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            handle.destroyForcibly();
            return false;
        } catch (Exception e) {
            return !handle.isAlive();
        }
    }

    /** The last {@code lines} lines of a log file (reads at most its last 64 KiB). */
    public static String tail(Path log, int lines) {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            long start = Math.max(0, f.length() - 65536);
            byte[] buf = new byte[(int) (f.length() - start)];
            f.seek(start);
            f.readFully(buf);
            String[] all = new String(buf, StandardCharsets.UTF_8).split("\\R");
            int from = Math.max(0, all.length - lines);
            StringBuilder sb = new StringBuilder();
            for (int i = from; i < all.length; i++) {
                sb.append("    | ").append(all[i]).append(System.lineSeparator());
            }
            return sb.toString();
        } catch (IOException e) {
            return "    (no log at " + log + ")" + System.lineSeparator();
        }
    }

    public static boolean portOpen(String host, int port, int timeoutMillis) {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress(host, port), timeoutMillis);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True if nothing can bind the port on the loopback address (someone listens there already). */
    public static boolean portBusy(int port) {
        if (portOpen("127.0.0.1", port, 300)) {
            return true;
        }
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
