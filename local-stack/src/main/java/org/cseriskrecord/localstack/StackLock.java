package org.cseriskrecord.localstack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One launcher per state directory. The lock is an OS file lock on {@code .local-stack/run/launcher.lock}, so it is
 * released even if the launcher is killed; {@code launcher.pid} beside it says which process holds it.
 */
public final class StackLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final Path pidFile;

    private StackLock(FileChannel channel, FileLock lock, Path pidFile) {
        this.channel = channel;
        this.lock = lock;
        this.pidFile = pidFile;
    }

    /** The lock, or empty if another launcher holds it. */
    public static Optional<StackLock> tryAcquire(Path runDirectory) throws IOException {
        Files.createDirectories(runDirectory);
        FileChannel ch = FileChannel.open(runDirectory.resolve("launcher.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            l = null; // held by this very JVM (tests)
        }
        if (l == null) {
            ch.close();
            return Optional.empty();
        }
        Path pidFile = runDirectory.resolve("launcher.pid");
        Files.writeString(pidFile, ProcessHandle.current().pid() + System.lineSeparator(), StandardCharsets.UTF_8);
        return Optional.of(new StackLock(ch, l, pidFile));
    }

    /** True if a launcher holds the lock now. */
    public static boolean held(Path runDirectory) {
        if (!Files.exists(runDirectory.resolve("launcher.lock"))) {
            return false;
        }
        try {
            Optional<StackLock> l = tryAcquire(runDirectory);
            if (l.isPresent()) {
                l.get().close();
                return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static OptionalLong holder(Path runDirectory) {
        return Processes.readPid(runDirectory.resolve("launcher.pid"));
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(pidFile);
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS drops the lock with the process anyway
        }
    }
}
