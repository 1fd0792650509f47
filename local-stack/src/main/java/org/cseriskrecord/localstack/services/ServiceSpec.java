package org.cseriskrecord.localstack.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One service of the system as the local stack runs it: a Spring Boot exec jar built by the Maven module of the same
 * name, started as {@code java -jar} on its own port, configured only through environment variables.
 *
 * @param name     the service's name, which is also its Maven module's directory (e.g. {@code query-service})
 * @param port     its default HTTP port; the environment variable {@link #portVariable()} overrides it
 * @param database the PostgreSQL database it owns, or {@code null} if it keeps no data (e.g. a web UI)
 */
public record ServiceSpec(String name, int port, String database) {

    /** {@code CSE_QUERY_SERVICE_PORT} for {@code query-service}. */
    public String portVariable() {
        return "CSE_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_PORT";
    }

    /** {@code CSE_QUERY_SERVICE_DB} for {@code query-service}: overrides the database name. */
    public String databaseVariable() {
        return "CSE_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_DB";
    }

    /** {@code CSE_QUERY_SERVICE_URL} for {@code query-service}: every service is told every other's base URL. */
    public String urlVariable() {
        return "CSE_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }

    /** The module directory under the repository root. */
    public Path moduleDirectory(Path repositoryRoot) {
        return repositoryRoot.resolve(name);
    }

    /**
     * The newest {@code <module>/target/<module>-<version>-exec.jar}, if built. Globbing the version keeps the launcher
     * working when the project's version changes.
     */
    public Optional<Path> findJar(Path repositoryRoot) {
        Path target = moduleDirectory(repositoryRoot).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files
                    .filter(p -> {
                        String f = p.getFileName().toString();
                        return f.startsWith(name + "-") && f.endsWith("-exec.jar");
                    })
                    .max(Comparator.comparing(p -> p.toFile().lastModified()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
