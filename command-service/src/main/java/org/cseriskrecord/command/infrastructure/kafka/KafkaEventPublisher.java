package org.cseriskrecord.command.infrastructure.kafka;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.cseriskrecord.casekeys.CaseKeyDestroyedException;
import org.cseriskrecord.casekeys.PersonalDataCipher;
import org.cseriskrecord.events.CaseEvent;
import org.cseriskrecord.events.CaseEventCodec;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.events.CaseEventTypes;
import org.cseriskrecord.events.EventMetadata;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes every stored event to the topic, keyed by case id. The event store is the outbox: this handler runs in
 * a tracking processor whose token lives in PostgreSQL, and a batch's token only moves once Kafka has acknowledged
 * every record of the batch. If Kafka is away the commands still succeed; publishing resumes where it stopped.
 * Delivery is at-least-once; consumers skip duplicates by case and sequence.
 */
@Component
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
// An instance may take commands without publishing (cse.kafka.publishing=false): the token's claim lets only one
// instance publish at a time anyway, and a command-only node needs no Kafka producer at all.
@ConditionalOnProperty(name = "cse.kafka.publishing", havingValue = "true", matchIfMissing = true)
public class KafkaEventPublisher {
    public static final String PROCESSING_GROUP = "kafka-publisher";
    /** Events Kafka has acknowledged (at-least-once: an event sent again after a failed batch counts again). */
    public static final String PUBLISHED = "cse.events.published";
    private static final String PENDING_SENDS = KafkaEventPublisher.class.getName() + ".pending";

    private final KafkaTemplate<String, byte[]> kafka;
    private final CaseEventCodec codec;
    private final PersonalDataCipher cipher;
    private final String topic;
    private final Counter published;

    public KafkaEventPublisher(KafkaTemplate<String, byte[]> kafka, CaseEventCodec codec, PersonalDataCipher cipher,
                               @Value(CaseEventEnvelope.TOPIC_PROPERTY) String topic, MeterRegistry meters) {
        this.kafka = kafka;
        this.codec = codec;
        this.cipher = cipher;
        this.topic = topic;
        this.published = Counter.builder(PUBLISHED).description("Events published to Kafka and acknowledged")
                .register(meters);
    }

    @EventHandler
    public void publish(CaseEvent event, EventMessage<?> message, TrackingToken token) throws Exception {
        if (!(message instanceof DomainEventMessage<?> domain)) {
            throw new IllegalStateException("Case events are always domain events; got " + message.getClass());
        }
        var envelope = new CaseEventEnvelope(
                domain.getIdentifier(),
                CaseEventTypes.wireName(event.getClass()),
                CaseEventTypes.revision(event.getClass()),
                domain.getAggregateIdentifier(),
                domain.getSequenceNumber(),
                token instanceof GlobalSequenceTrackingToken global ? global.getGlobalIndex() : position(token),
                domain.getTimestamp(),
                EventMetadata.from(domain.getMetaData()),
                payloadOf(domain.getAggregateIdentifier(), event));
        var record = new ProducerRecord<String, byte[]>(topic, envelope.caseId(),
                codec.mapper().writeValueAsBytes(envelope));
        header(record, CaseEventEnvelope.Headers.EVENT_ID, envelope.eventId());
        header(record, CaseEventEnvelope.Headers.TYPE, envelope.type());
        header(record, CaseEventEnvelope.Headers.REVISION, Integer.toString(envelope.revision()));
        header(record, CaseEventEnvelope.Headers.AGGREGATE_ID, envelope.caseId());
        header(record, CaseEventEnvelope.Headers.SEQUENCE, Long.toString(envelope.sequence()));
        var send = kafka.send(record);
        if (CurrentUnitOfWork.isStarted()) {
            pendingSendsOfThisBatch().add(send);
        } else {
            await(List.of(send));
        }
    }

    /**
     * The topic carries the personal data encrypted as the event store does: one key, one erasure. An event of a
     * case erased before it was published goes out without its personal values, as any reader would now see it.
     */
    private ObjectNode payloadOf(String caseId, CaseEvent event) {
        try {
            return cipher.encryptFields(caseId, event.getClass(), codec.toJson(event));
        } catch (CaseKeyDestroyedException erased) {
            return cipher.redact(event.getClass(), codec.toJson(event));
        }
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    /**
     * Sends of one batch go out together and are awaited once, before the batch's token is stored: one round trip
     * per batch instead of per event, with the same guarantee. The idempotent producer keeps them in order.
     */
    private List<CompletableFuture<SendResult<String, byte[]>>> pendingSendsOfThisBatch() {
        var unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.root().getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(u -> await(sends));
            return sends;
        });
    }

    private void await(List<CompletableFuture<SendResult<String, byte[]>>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
            published.increment(sends.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaUnavailableException("Interrupted while publishing to Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaUnavailableException("Kafka did not acknowledge the events; they stay in the event store "
                    + "and are published when it returns", e);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
    }

    /** Publication failed; the tracking processor retries from the last acknowledged batch. */
    public static class KafkaUnavailableException extends RuntimeException {
        KafkaUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
