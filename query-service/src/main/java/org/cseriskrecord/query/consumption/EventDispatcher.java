package org.cseriskrecord.query.consumption;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

/**
 * Applies the records of the topic to every projection. Each record is one database transaction holding the
 * idempotency check, every projection's update and the record of the applied sequence, so a projection is never
 * half-updated and a redelivered event changes nothing.
 * <ul>
 * <li>sequence at or below the case's last applied one: a duplicate, skipped;</li>
 * <li>the next sequence (0 for a new case): applied, then any parked successors in order;</li>
 * <li>further ahead: a gap; {@link SequenceGapException} makes the error handler retry with back-off, and when the
 * retries are spent the record is parked ({@link #park}) until the missing event arrives. Retrying alone could never
 * close a gap within one partition, where the missing event can only arrive behind the one waiting for it.</li>
 * </ul>
 * A record that cannot be read fails with {@link UndecodableEventException}; after a few retries it is set aside
 * ({@link #setAside}) and the case carries on past it.
 */
@Component
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    /** What became of a record. */
    public enum Result { APPLIED, DUPLICATE, PARKED, SET_ASIDE }

    private final TransactionTemplate transaction;
    private final EventRecordReader reader;
    private final CaseProgressStore progress;
    private final ParkedEventStore parked;
    private final UnprocessableEventStore unprocessable;
    private final List<CaseProjection> projections;
    private final Clock clock;

    public EventDispatcher(PlatformTransactionManager transactionManager, EventRecordReader reader,
                           CaseProgressStore progress, ParkedEventStore parked, UnprocessableEventStore unprocessable,
                           List<CaseProjection> projections) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.reader = reader;
        this.progress = progress;
        this.parked = parked;
        this.unprocessable = unprocessable;
        this.projections = List.copyOf(projections);
        this.clock = Clock.systemUTC();
    }

    /**
     * Applies one record (see the class comment).
     *
     * @throws SequenceGapException      if the case's previous event has not been applied yet
     * @throws UndecodableEventException if the record cannot be read
     */
    public Result process(ConsumerRecord<String, String> record) {
        RecordPosition position = positionOf(record);
        return transaction.execute(status -> {
            long last = progress.lockLastApplied(position.caseId());
            if (position.sequence() <= last) {
                log.debug("Skipped duplicate {}", position.describe());
                return Result.DUPLICATE;
            }
            if (position.sequence() > last + 1) {
                throw new SequenceGapException(position, last);
            }
            apply(reader.decode(record.value(), position));
            drainParked(position.caseId(), position.sequence());
            return Result.APPLIED;
        });
    }

    /**
     * Recovery after the retries of a record are spent: parks a record that is still ahead of its case, sets aside
     * one that cannot be read. Any other failure is retried until it succeeds and never reaches here.
     */
    public Result recover(ConsumerRecord<String, String> record, Exception failure) {
        Throwable cause = rootOf(failure);
        if (cause instanceof SequenceGapException) {
            return park(record);
        }
        if (cause instanceof UndecodableEventException undecodable) {
            return setAside(record, undecodable);
        }
        throw new IllegalStateException("Only gaps and unreadable records are recovered; this failure is retried",
                failure);
    }

    /** Keeps a record that is ahead of its case until the missing events arrive (or applies it if they have). */
    Result park(ConsumerRecord<String, String> record) {
        RecordPosition position = positionOf(record);
        Result result = transaction.execute(status -> {
            long last = progress.lockLastApplied(position.caseId());
            if (position.sequence() <= last) {
                return Result.DUPLICATE;
            }
            if (position.sequence() == last + 1) { // the gap closed meanwhile (the missing event was on another partition)
                apply(reader.decode(record.value(), position));
                drainParked(position.caseId(), position.sequence());
                return Result.APPLIED;
            }
            parked.park(record, position, clock.instant());
            log.warn("Parked {}: sequence {} of the case has not arrived; it is applied when it does",
                    position.describe(), last + 1);
            return Result.PARKED;
        });
        return result;
    }

    /**
     * Records an unreadable record in {@code unprocessable_event} and, if it was the case's next event, moves the
     * case past it so its later events are applied; the case status lists the set-aside events.
     */
    Result setAside(ConsumerRecord<String, String> record, UndecodableEventException failure) {
        RecordPosition position = failure.position() != null ? failure.position() : positionOf(record);
        return transaction.execute(status -> {
            if (position.locatable()) {
                long last = progress.lockLastApplied(position.caseId());
                if (position.sequence() <= last) {
                    log.debug("Skipped unreadable duplicate {}", position.describe());
                    return Result.DUPLICATE;
                }
                if (position.sequence() > last + 1) {
                    parked.park(record, position, clock.instant());
                    return Result.PARKED;
                }
            }
            unprocessable.record(position, failure.reason(), record.topic(), record.partition(), record.offset(),
                    clock.instant());
            log.error("Set aside unreadable record {}-{}@{}: {}. Reason: {}. It is listed in unprocessable_event.",
                    record.topic(), record.partition(), record.offset(), position.describe(), failure.reason());
            if (position.locatable()) {
                progress.advance(position.caseId(), position.sequence(), position.eventId(), clock.instant());
                drainParked(position.caseId(), position.sequence());
            }
            return Result.SET_ASIDE;
        });
    }

    private void apply(ProjectedEvent event) {
        for (CaseProjection projection : projections) {
            projection.apply(event);
        }
        progress.advance(event.caseId(), event.sequence(), event.eventId(), event.occurredAt());
        log.debug("Applied {} (sequence {} of case {})", event.type(), event.sequence(), event.caseId());
    }

    /** Applies the parked successors of {@code appliedSequence}, in order, within the current transaction. */
    private void drainParked(String caseId, long appliedSequence) {
        parked.discardUpTo(caseId, appliedSequence);
        long next = appliedSequence + 1;
        for (var waiting = parked.take(caseId, next); waiting.isPresent(); waiting = parked.take(caseId, ++next)) {
            var record = waiting.get();
            try {
                apply(reader.decode(record.value(), record.position()));
                log.info("Applied parked {}", record.position().describe());
            } catch (UndecodableEventException e) {
                unprocessable.record(record.position(), e.reason(), record.topic(), record.partition(),
                        record.offset(), clock.instant());
                progress.advance(caseId, next, record.position().eventId(), clock.instant());
                log.error("Set aside unreadable parked record {}-{}@{}: {}. Reason: {}.", record.topic(),
                        record.partition(), record.offset(), record.position().describe(), e.reason());
            }
        }
    }

    private RecordPosition positionOf(ConsumerRecord<String, String> record) {
        Headers headers = record.headers();
        RecordPosition position = reader.position(record.key(), record.value(), headers);
        if (!position.locatable()) {
            throw new UndecodableEventException(position,
                    "The record names no usable case id and sequence (neither in its value nor in its headers)");
        }
        return position;
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable current = failure;
        while (current != null) {
            if (current instanceof SequenceGapException || current instanceof UndecodableEventException) {
                return current;
            }
            current = current.getCause();
        }
        return failure;
    }

    /** The failure that decides how a record is retried: a gap, an unreadable record, or anything else. */
    public static Throwable classify(Throwable failure) {
        return rootOf(failure);
    }
}
