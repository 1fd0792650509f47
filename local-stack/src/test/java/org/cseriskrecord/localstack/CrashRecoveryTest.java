package org.cseriskrecord.localstack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cseriskrecord.localstack.kafka.KafkaBroker;
import org.cseriskrecord.localstack.kafka.Topics;
import org.cseriskrecord.localstack.postgres.PostgresServer;
import org.cseriskrecord.localstack.services.ServiceRunner;
import org.cseriskrecord.localstack.services.ServiceSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After a crash the launcher's single-part commands work at once: {@code ./run start SERVICE} starts a service that
 * died a moment ago even though nobody has reaped its process yet, and {@code ./run restart kafka} starts the broker
 * again on its data, whether it crashed or runs.
 */
class CrashRecoveryTest {

    @TempDir
    Path state;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

    @Test
    void a_service_that_just_crashed_starts_again_at_once_even_before_its_process_is_reaped() throws Exception {
        Path jar = ServiceSupervisionTest.fakeServiceJar(state.resolve("fake-service-0.1.0-exec.jar"));
        ServiceSpec fake = new ServiceSpec("fake-service", TestSupport.freePort(), "fake_db");
        StackConfig config = new StackConfig(TestSupport.repositoryRoot())
                .stateDirectory(state.resolve(".local-stack"))
                .services(List.of(fake))
                .jarLocator(s -> Optional.of(jar))
                .startupTimeout(Duration.ofSeconds(60))
                .build(false);
        var pg = new PostgresServer(PostgresServer.Kind.LOCAL, "127.0.0.1", 5432, "postgres", "", "test", null);
        Map<String, String> env = ServiceRunner.environment(config, fake, pg, "127.0.0.1:19092");
        ServiceRunner.writeEnvFile(config, fake, env, ServiceRunner.command(config, fake, jar));

        // The service runs under a parent that never waits for its children (like a busy or stuck supervisor), so
        // when it dies it stays a zombie: "alive" to ProcessHandle until someone reaps it.
        Path pidFile = config.pidFile(fake.name());
        Files.createDirectories(pidFile.getParent());
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c",
                "\"$@\" > /dev/null 2>&1 & echo $! > '" + pidFile + "'; exec sleep 300", "sh"));
        command.addAll(ServiceRunner.command(config, fake, jar));
        var builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        Process parent = builder.start();
        try {
            Instant deadline = Instant.now().plusSeconds(60);
            while (!ServiceRunner.healthy(fake.port()) && Instant.now().isBefore(deadline)) {
                Processes.sleep(200);
            }
            assertThat(ServiceRunner.healthy(fake.port())).isTrue();
            long crashed = Processes.readPid(pidFile).orElseThrow();

            try (StackLock lock = StackLock.tryAcquire(config.runDirectory()).orElseThrow()) {
                ProcessHandle.of(crashed).orElseThrow().destroyForcibly(); // the crash: SIGKILL
                Instant gone = Instant.now().plusSeconds(10);
                while (ServiceRunner.healthy(fake.port()) && Instant.now().isBefore(gone)) {
                    Processes.sleep(50);
                }
                assertThat(ProcessHandle.of(crashed).map(ProcessHandle::isAlive).orElse(false))
                        .as("the crashed process is not reaped yet").isTrue();

                assertThat(new LocalStack(config, out).run(List.of("start", "fake-service"))).isZero();

                long started = Processes.readPid(pidFile).orElseThrow();
                assertThat(started).isNotEqualTo(crashed);
                assertThat(ServiceRunner.healthy(fake.port())).isTrue();
                assertThat(output.toString(StandardCharsets.UTF_8))
                        .doesNotContain("already running")
                        .contains("fake-service is running on http://localhost:" + fake.port());
            } finally {
                ServiceRunner.stop(config, fake, Duration.ofSeconds(10));
            }
        } finally {
            parent.destroyForcibly();
        }
    }

    @Test
    void restart_kafka_starts_the_broker_again_on_its_data_after_a_crash_and_while_it_runs() throws Exception {
        StackConfig config = new StackConfig(TestSupport.repositoryRoot())
                .stateDirectory(state.resolve(".local-stack"))
                .services(List.of())
                .kafkaPorts(TestSupport.freePort(), TestSupport.freePort())
                .build(false);
        Path pidFile = config.pidFile(KafkaBroker.PART);
        try (StackLock lock = StackLock.tryAcquire(config.runDirectory()).orElseThrow();
             KafkaBroker broker = new KafkaBroker(config.kafkaDataDirectory(), config.kafkaPort(),
                     config.kafkaControllerPort(), config.logFile(KafkaBroker.PART), pidFile)) {
            broker.start(Duration.ofSeconds(90));
            String bootstrap = broker.bootstrap();
            Topics.ensure(bootstrap, StackConfig.TOPIC, 2);
            try (var producer = producer(bootstrap)) {
                producer.send(new ProducerRecord<>(StackConfig.TOPIC, "case-1", "CaseOpened")).get();
            }
            var cli = new LocalStack(config, out);

            long first = broker.pid();
            ProcessHandle.of(first).orElseThrow().destroyForcibly(); // the crash
            assertThat(cli.run(List.of("restart", "kafka"))).isZero();
            long second = Processes.readPid(pidFile).orElseThrow();
            assertThat(second).isNotEqualTo(first);
            assertThat(readAll(bootstrap)).containsExactly("case-1=CaseOpened");

            try (var producer = producer(bootstrap)) {
                producer.send(new ProducerRecord<>(StackConfig.TOPIC, "case-1", "AssessmentStarted")).get();
            }
            assertThat(cli.run(List.of("restart", "kafka"))).isZero(); // while it runs: a clean stop, then a start
            long third = Processes.readPid(pidFile).orElseThrow();
            assertThat(third).isNotEqualTo(second);
            assertThat(ProcessHandle.of(second).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(readAll(bootstrap)).containsExactly("case-1=CaseOpened", "case-1=AssessmentStarted");
            assertThat(output.toString(StandardCharsets.UTF_8)).contains("The Kafka broker is running again");
        }
        // Stopping the stack stops the broker that was restarted alone, by its pid file.
        assertThat(Processes.readPid(pidFile)).isEmpty();
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** Every record of the topic, in partition order (one key: one partition, so in the order written). */
    private static List<String> readAll(String bootstrap) {
        List<String> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            List<TopicPartition> partitions = consumer.partitionsFor(StackConfig.TOPIC, Duration.ofSeconds(30))
                    .stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (seen.isEmpty() && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> seen.add(r.key() + "=" + r.value()));
            }
            consumer.poll(Duration.ofMillis(1000)).forEach(r -> seen.add(r.key() + "=" + r.value()));
        }
        return seen;
    }
}
