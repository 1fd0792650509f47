package org.cseriskrecord.localstack.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.cseriskrecord.localstack.Processes;
import org.cseriskrecord.localstack.StackConfig;
import org.cseriskrecord.localstack.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher's Kafka broker is a real KRaft broker in its own process: it is formatted the first time, serves
 * produce and consume, stops on SIGTERM, and when started again on the same data directory still has the topic and
 * the record.
 */
class KafkaBrokerProcessTest {

    @Test
    void records_survive_a_restart_of_the_broker_process(@TempDir Path state) throws Exception {
        int port = TestSupport.freePort();
        int controllerPort = TestSupport.freePort();
        Path data = state.resolve("kafka");
        Path log = state.resolve("logs/kafka.log");
        Path pid = state.resolve("run/kafka.pid");

        long firstPid;
        try (KafkaBroker broker = new KafkaBroker(data, port, controllerPort, log, pid)) {
            assertThat(broker.formatted()).isFalse();
            broker.start(Duration.ofSeconds(90));
            firstPid = broker.pid();
            assertThat(broker.formatted()).isTrue();
            assertThat(Processes.readPid(pid)).hasValue(firstPid);
            assertThat(ProcessHandle.of(firstPid).flatMap(h -> h.info().commandLine()).orElse(""))
                    .contains(Processes.MARKER + "kafka").contains(KafkaBrokerMain.class.getName());

            assertThat(Topics.ensure(broker.bootstrap(), StackConfig.TOPIC, 6)).isEmpty();
            assertThat(Topics.ensure(broker.bootstrap(), StackConfig.TOPIC, 6)).isEmpty(); // idempotent
            assertThat(Topics.describe(broker.bootstrap(), StackConfig.TOPIC))
                    .containsEntry("partitions", "6").containsEntry("retention.ms", "-1");

            try (KafkaProducer<String, String> producer = producer(broker.bootstrap())) {
                producer.send(new ProducerRecord<>(StackConfig.TOPIC, "case-1", "CaseOpened")).get();
            }
            assertThat(readAll(broker.bootstrap())).containsExactly("case-1=CaseOpened");
        }
        assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(Files.readString(log)).contains("Kafka broker stopped"); // a clean stop, not a kill

        try (KafkaBroker again = new KafkaBroker(data, port, controllerPort, log, pid)) {
            assertThat(again.formatted()).isTrue();
            again.start(Duration.ofSeconds(90));
            assertThat(again.pid()).isNotEqualTo(firstPid);
            assertThat(Topics.describe(again.bootstrap(), StackConfig.TOPIC)).containsEntry("retention.ms", "-1");
            assertThat(readAll(again.bootstrap())).containsExactly("case-1=CaseOpened");
        }
        assertThat(Files.readString(log)).containsOnlyOnce("Formatted ");
    }

    @Test
    void a_busy_port_is_reported_instead_of_starting_a_broker_that_cannot_bind(@TempDir Path state) throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            KafkaBroker broker = new KafkaBroker(state.resolve("kafka"), taken.getLocalPort(), TestSupport.freePort(),
                    state.resolve("kafka.log"), state.resolve("kafka.pid"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> broker.start(Duration.ofSeconds(10)))
                    .hasMessageContaining("Port " + taken.getLocalPort() + " is taken by another program")
                    .hasMessageContaining("CSE_KAFKA_BOOTSTRAP");
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    private static List<String> readAll(String bootstrap) {
        List<String> seen = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            // assign every partition (no consumer group to join: faster) and read from the beginning
            List<TopicPartition> partitions = consumer.partitionsFor(StackConfig.TOPIC).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plusSeconds(30);
            while (seen.isEmpty() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    seen.add(r.key() + "=" + r.value());
                }
            }
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) { // anything else?
                seen.add(r.key() + "=" + r.value());
            }
        }
        return seen;
    }
}
