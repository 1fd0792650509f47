package org.cseriskrecord.localstack;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/** Shared helpers of the local-stack tests. */
public final class TestSupport {

    private TestSupport() {
    }

    /** The repository root (set by surefire; falls back to the module's parent). */
    public static Path repositoryRoot() {
        String root = System.getProperty("cse.repository.root");
        return (root != null ? Path.of(root) : Path.of("..")).toAbsolutePath().normalize();
    }

    /** A port nothing listens on right now. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean localPostgresAnswers() {
        return Processes.portOpen("127.0.0.1", 5432, 1000);
    }
}
