package org.cseriskrecord.query.consumption;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.cseriskrecord.query.QueryProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

import java.util.Map;

/**
 * How failed records are retried (Spring Boot gives this handler to the listener container):
 * <ul>
 * <li>a gap: a few retries with growing waits (the missing event may be in flight on another partition), then the
 * record is parked until the missing event arrives;</li>
 * <li>an unreadable record: a few quick retries, then it is set aside in {@code unprocessable_event};</li>
 * <li>the database away or busy ({@link EventDispatcher#isTransient}): retried with growing waits until it
 * succeeds;</li>
 * <li>anything else (a projection that cannot apply the event): a few retries, then it becomes a dead letter and
 * its case's later events are held behind it (ADR 100). Nothing is dropped.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ConsumerErrorHandling {

    @Bean
    DefaultErrorHandler caseEventErrorHandler(EventDispatcher dispatcher, QueryProperties properties) {
        var settings = properties.consumer();
        var untilItWorks = new ExponentialBackOff(500, 2.0);
        untilItWorks.setMaxInterval(settings.failureMaxInterval().toMillis());

        @SuppressWarnings("unchecked")
        var handler = new DefaultErrorHandler(
                (record, failure) -> dispatcher.recover((ConsumerRecord<String, String>) record, failure),
                untilItWorks);
        handler.setBackOffFunction((record, failure) -> {
            Throwable cause = EventDispatcher.classify(failure);
            if (cause instanceof SequenceGapException) {
                var backOff = new ExponentialBackOffWithMaxRetries(settings.gapRetries());
                backOff.setInitialInterval(settings.gapRetryInterval().toMillis());
                backOff.setMultiplier(2.0);
                backOff.setMaxInterval(settings.failureMaxInterval().toMillis());
                return backOff;
            }
            if (cause instanceof UndecodableEventException) {
                return new FixedBackOff(settings.decodeRetryInterval().toMillis(), settings.decodeRetries());
            }
            if (!EventDispatcher.isTransient(failure)) {
                return new FixedBackOff(settings.poisonRetryInterval().toMillis(), settings.poisonRetries());
            }
            return null; // the default: until it works
        });
        handler.setClassifications(Map.of(), true); // every exception is retryable
        handler.setLogLevel(KafkaException.Level.DEBUG); // the listener logs each failure itself, without the record
        return handler;
    }
}
