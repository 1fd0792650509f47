package org.cseriskrecord.command.infrastructure.kafka;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.cseriskrecord.events.CaseEventCodec;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.support.access.AccessLogEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

@Configuration
public class KafkaConfiguration {

    @Bean
    public CaseEventCodec caseEventCodec() {
        return new CaseEventCodec();
    }

    /**
     * The topic keeps every event for ever: it is the source the projections are rebuilt from. Created if missing;
     * the admin client's failure to reach Kafka at start-up is not fatal (publishing waits for it).
     */
    @Bean
    public NewTopic caseEventsTopic(@Value(CaseEventEnvelope.TOPIC_PROPERTY) String topic,
                                    @Value("${cse.kafka.partitions}") int partitions,
                                    @Value("${cse.kafka.replicas:1}") int replicas) {
        return TopicBuilder.name(topic)
                .partitions(partitions)
                .replicas(replicas)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
                .build();
    }

    /** Command-service's access-log entries on their way to query-service, which keeps the log; kept for ever too. */
    @Bean
    public NewTopic accessLogTopic(@Value("${cse.kafka.replicas:1}") int replicas) {
        return TopicBuilder.name(AccessLogEntry.TOPIC)
                .partitions(3)
                .replicas(replicas)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .config(TopicConfig.RETENTION_BYTES_CONFIG, "-1")
                .build();
    }
}
