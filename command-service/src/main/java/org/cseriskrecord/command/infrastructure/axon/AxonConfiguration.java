package org.cseriskrecord.command.infrastructure.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.cseriskrecord.casekeys.PersonalDataCipher;
import org.cseriskrecord.command.infrastructure.kafka.KafkaEventPublisher;
import org.cseriskrecord.events.EventJson;
import org.cseriskrecord.events.EventMetadata;
import org.cseriskrecord.events.EventUpcasters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon over PostgreSQL without Axon Server: the JDBC storage engine and token store on a Flyway-owned schema
 * (snake_case names, bytea payloads), every serializer Jackson, events stored by wire name.
 */
@Configuration
public class AxonConfiguration {

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /** PostgreSQL reports a duplicate (aggregate, sequence) as SQL state 23505: a concurrent modification. */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /** Tokens and snapshots: Axon's own classes, read leniently (they are not part of the event contract). */
    @Bean
    @Primary
    public Serializer serializer(PersonalDataCipher cipher) {
        return WireNameJacksonSerializer.create(EventJson.newMapper()
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES), cipher);
    }

    /** Events: personal data encrypted with the case's key (docs/adr/050-crypto-shredding.md). */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(PersonalDataCipher cipher) {
        return WireNameJacksonSerializer.create(EventJson.newMapper(), cipher);
    }

    /** Commands and queries stay in this process: nothing of them is stored, so nothing to encrypt. */
    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return WireNameJacksonSerializer.create(EventJson.newMapper(), null);
    }

    @Bean
    public EventUpcasterChain contractUpcasters(PersonalDataCipher cipher) {
        return new EventUpcasterChain(EventUpcasters.contract().all().stream()
                .map(upcaster -> new ContractUpcaster(upcaster, cipher)).toList());
    }

    /** Who did it and under which correlation, copied from each command to the events it causes. */
    @Bean
    public CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(EventMetadata.USER_ID, EventMetadata.ROLE, EventMetadata.AGENCY,
                EventMetadata.CORRELATION_ID);
    }

    /** A failed publication must stop the publisher where it is (and retry), never skip the event. */
    @Autowired
    public void configurePublisherErrors(EventProcessingConfigurer configurer) {
        configurer.registerListenerInvocationErrorHandler(KafkaEventPublisher.PROCESSING_GROUP,
                c -> PropagatingErrorHandler.instance());
    }
}
