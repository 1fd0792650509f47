package org.cseriskrecord.localstack;

import org.cseriskrecord.localstack.services.ServiceSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ./run builds a service only when its jar is missing or a main source or pom is newer than the jar. */
class BuildTest {

    @Test
    void a_service_is_stale_when_its_jar_is_missing_or_older_than_a_main_source(@TempDir Path root) throws Exception {
        Path pom = Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path module = Files.createDirectories(root.resolve("svc"));
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        Path source = Files.createDirectories(module.resolve("src/main/java")).resolve("A.java");
        Files.writeString(source, "class A {}");
        Path test = Files.createDirectories(module.resolve("src/test/java")).resolve("ATest.java");
        Files.writeString(test, "class ATest {}");
        Path other = Files.createDirectories(root.resolve("lib/src/main/java")).resolve("L.java");
        Files.writeString(root.resolve("lib/pom.xml"), "<project/>");
        Files.writeString(other, "class L {}");
        ServiceSpec svc = new ServiceSpec("svc", 1, null);
        StackConfig config = new StackConfig(root).services(List.of(svc));

        assertThat(Build.stale(config, List.of(svc))).containsEntry(svc, "no jar yet");

        Path jar = Files.createDirectories(module.resolve("target")).resolve("svc-0.1.0-SNAPSHOT-exec.jar");
        Files.writeString(jar, "jar");
        Instant t = Instant.now();
        for (Path p : List.of(pom, module.resolve("pom.xml"), source, other, root.resolve("lib/pom.xml"))) {
            Files.setLastModifiedTime(p, FileTime.from(t.minusSeconds(60)));
        }
        Files.setLastModifiedTime(jar, FileTime.from(t.minusSeconds(30)));
        Files.setLastModifiedTime(test, FileTime.from(t)); // tests do not go into the jar
        assertThat(Build.stale(config, List.of(svc))).isEmpty();

        Files.setLastModifiedTime(other, FileTime.from(t)); // a module the service depends on changed
        assertThat(Build.stale(config, List.of(svc))).containsEntry(svc, "lib/src/main/java/L.java is newer than the jar");
    }
}
