package org.cseriskrecord.localstack;

import org.cseriskrecord.localstack.services.ServiceSpec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds the services' jars with the Maven wrapper, only when a jar is missing or a source file (any module's
 * {@code src/} or {@code pom.xml}, or the root pom) is newer than it.
 */
public final class Build {

    private Build() {
    }

    /** For each service that needs building, why (tests do not go into the jars, so src/test is not looked at). */
    public static Map<ServiceSpec, String> stale(StackConfig config, Collection<ServiceSpec> services) {
        Map<ServiceSpec, String> stale = new LinkedHashMap<>();
        Optional<Path> newestSource = newestSource(config.repositoryRoot());
        for (ServiceSpec s : services) {
            Optional<Path> jar = config.jar(s);
            if (jar.isEmpty()) {
                stale.put(s, "no jar yet");
                continue;
            }
            if (newestSource.isPresent()) {
                long jarTime = jar.get().toFile().lastModified();
                long srcTime = newestSource.get().toFile().lastModified();
                if (srcTime > jarTime) {
                    stale.put(s, config.show(newestSource.get()) + " is newer than the jar");
                }
            }
        }
        return stale;
    }

    /** Builds what is stale among {@code services}; prints what and why. */
    public static void ensure(StackConfig config, Collection<ServiceSpec> services, PrintStream out) throws StackException {
        Map<ServiceSpec, String> stale = stale(config, services);
        if (stale.isEmpty()) {
            return;
        }
        List<String> modules = stale.keySet().stream().map(ServiceSpec::name).toList();
        stale.forEach((s, why) -> out.println("Building " + s.name() + " (" + why + ")"));
        List<String> cmd = new ArrayList<>(List.of(config.repositoryRoot().resolve("mvnw").toString(),
                "-q", "-DskipTests", "-pl", String.join(",", modules), "-am", "install"));
        out.println("  ./mvnw " + String.join(" ", cmd.subList(1, cmd.size()))
                + "   (the first build downloads dependencies and takes a few minutes)");
        try {
            int code = new ProcessBuilder(cmd).directory(config.repositoryRoot().toFile()).inheritIO().start().waitFor();
            if (code != 0) {
                throw new StackException("The build of " + String.join(", ", modules) + " failed (Maven's output is"
                        + " above) — fix it, or set CSE_SKIP_BUILD=true to run the jars that are there.");
            }
            // Maven leaves a jar whose classes did not change as it was: mark it as built from the current sources
            for (ServiceSpec s : stale.keySet()) {
                config.jar(s).ifPresent(jar -> jar.toFile().setLastModified(System.currentTimeMillis()));
            }
        } catch (IOException e) {
            throw new StackException("Could not run the Maven wrapper (" + e.getMessage() + ").", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("The build was interrupted.");
        }
    }

    /** The newest file among the root pom and every module's pom.xml and src/main (the launcher's own module excepted). */
    static Optional<Path> newestSource(Path root) {
        List<Path> roots = new ArrayList<>();
        roots.add(root.resolve("pom.xml"));
        try (Stream<Path> dirs = Files.list(root)) {
            dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml")))
                    .filter(d -> !d.getFileName().toString().equals("local-stack"))
                    .forEach(d -> {
                        roots.add(d.resolve("pom.xml"));
                        roots.add(d.resolve("src").resolve("main"));
                    });
        } catch (IOException e) {
            return Optional.empty();
        }
        Path newest = null;
        FileTime newestTime = FileTime.fromMillis(0);
        for (Path r : roots) {
            if (!Files.exists(r)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(r)) {
                for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    FileTime t = Files.getLastModifiedTime(f);
                    if (t.compareTo(newestTime) > 0) {
                        newestTime = t;
                        newest = f;
                    }
                }
            } catch (IOException ignored) {
                // a file vanished while walking: not a reason to build
            }
        }
        return Optional.ofNullable(newest);
    }
}
