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
 * <p>
 * A record that can be read but that a projection cannot apply (a defect, a value a view cannot hold) is retried a
 * few times and then becomes a dead letter ({@link #deadLetter}): kept with the reason, while the case's later events
 * are held (parked) in order behind it and other cases carry on. An administrator re-drives it ({@link #redrive})
 * once the cause is fixed. A failure of the database itself ({@link #isTransient}) is never a dead letter: it is
 * retried until the database answers (ADR 100).
 */
@Component
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    /** What became of a record. */
    public enum Result { APPLIED, DUPLICATE, PARKED, SET_ASIDE, DEAD_LETTERED, HELD }

    /** What became of a re-drive: applied (with the held events after it), or why not. */
    public record Redrive(RedriveResult result, int heldEventsApplied, String reason) {
    }

    public enum RedriveResult { APPLIED, UNKNOWN, ALREADY_RESOLVED, FAILED_AGAIN, PREDECESSOR_MISSING }

    private final TransactionTemplate transaction;
    private final EventRecordReader reader;
    private final CaseProgressStore progress;
    private final ParkedEventStore parked;
    private final UnprocessableEventStore unprocessable;
    private final DeadLetterStore deadLetters;
    private final ConsumptionMetrics metrics;
    private final List<CaseProjection> projections;
    private final Clock clock;

    public EventDispatcher(PlatformTransactionManager transactionManager, EventRecordReader reader,
                           CaseProgressStore progress, ParkedEventStore parked, UnprocessableEventStore unprocessable,
                           DeadLetterStore deadLetters, ConsumptionMetrics metrics, List<CaseProjection> projections) {
        this.transaction = new TransactionTemplate(transactionManager);
        this.reader = reader;
        this.progress = progress;
        this.parked = parked;
        this.unprocessable = unprocessable;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
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
            if (deadLetters.holds(position.caseId())) {
                return hold(record, position, last);
            }
            if (position.sequence() > last + 1) {
                throw new SequenceGapException(position, last);
            }
            apply(reader.decode(record.value(), position));
            drainParked(position.caseId(), position.sequence());
            return Result.APPLIED;
        });
    }

    /** Keeps a later event of a case held behind a dead letter, in order (the dead letter itself is kept already). */
    private Result hold(ConsumerRecord<String, String> record, RecordPosition position, long last) {
        if (position.sequence() > last + 1) {
            parked.park(record, position, clock.instant());
            log.info("Held {} behind the case's dead letter", position.describe());
        }
        return Result.HELD;
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
        if (isTransient(failure)) {
            throw new IllegalStateException("A failure of the database is retried until it answers", failure);
        }
        return deadLetter(record, failure);
    }

    /**
     * Keeps a readable record that a projection could not apply as a dead letter, with the reason; the case's later
     * events are held behind it, other cases carry on.
     */
    Result deadLetter(ConsumerRecord<String, String> record, Exception failure) {
        RecordPosition position = positionOf(record);
        Result result = transaction.execute(status -> {
            long last = progress.lockLastApplied(position.caseId());
            if (position.sequence() <= last) {
                return Result.DUPLICATE;
            }
            if (deadLetters.holds(position.caseId())) {
                return hold(record, position, last);
            }
            if (position.sequence() > last + 1) {
                parked.park(record, position, clock.instant());
                return Result.PARKED;
            }
            long id = deadLetters.add(record, position, reasonOf(failure), clock.instant());
            log.error("Dead letter {}: {} could not be applied ({}). The case's later events are held until it is "
                            + "re-driven (POST /api/admin/dead-letters/{}/redrive); other cases carry on.", id,
                    position.describe(), mostSpecific(failure).getClass().getSimpleName(), id);
            return Result.DEAD_LETTERED;
        });
        if (result == Result.DEAD_LETTERED) {
            metrics.deadLettered();
        }
        return result;
    }

    /**
     * Applies a dead letter again (after its cause was fixed), then the events held behind it, in one transaction.
     * If it still fails nothing is applied; the dead letter stays, with the new reason.
     */
    public Redrive redrive(long deadLetterId) {
        try {
            return transaction.execute(status -> {
                var stored = deadLetters.lock(deadLetterId).orElse(null);
                if (stored == null) {
                    return new Redrive(RedriveResult.UNKNOWN, 0, null);
                }
                if (stored.letter().resolvedAt() != null) {
                    return new Redrive(RedriveResult.ALREADY_RESOLVED, 0, null);
                }
                var position = stored.position();
                long last = progress.lockLastApplied(position.caseId());
                if (position.sequence() > last + 1) {
                    return new Redrive(RedriveResult.PREDECESSOR_MISSING, 0, null);
                }
                if (position.sequence() == last + 1) {
                    apply(reader.decode(stored.value(), position));
                }
                deadLetters.resolve(deadLetterId, clock.instant());
                int held = drainParked(position.caseId(), position.sequence());
                log.info("Re-drove dead letter {}: {} applied, then {} held event(s) of the case", deadLetterId,
                        position.describe(), held);
                return new Redrive(RedriveResult.APPLIED, held, null);
            });
        } catch (RuntimeException e) {
            if (isTransient(e)) {
                throw e;
            }
            String reason = reasonOf(e);
            transaction.executeWithoutResult(status -> deadLetters.failedAgain(deadLetterId, reason, clock.instant()));
            log.warn("Dead letter {} could still not be applied ({}); it stays", deadLetterId,
                    mostSpecific(e).getClass().getSimpleName());
            return new Redrive(RedriveResult.FAILED_AGAIN, 0, reason);
        }
    }

    /**
     * Whether a failure is the database (or the connection to it) being away or busy, rather than something wrong
     * with the event: by exception type, or by the SQLSTATE class (08 connection, 40 rollback, 53 resources,
     * 57 operator intervention such as a restart or a terminated backend).
     */
    public static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.springframework.dao.TransientDataAccessException
                    || t instanceof org.springframework.dao.RecoverableDataAccessException
                    || t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof java.sql.SQLTransientException
                    || t instanceof java.sql.SQLRecoverableException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().length() >= 2
                    && List.of("08", "40", "53", "57").contains(sql.getSQLState().substring(0, 2))) {
                return true;
            }
        }
        return false;
    }

    /** The innermost cause: its type and message say what went wrong (PostgreSQL's messages carry no values). */
    private static Throwable mostSpecific(Throwable failure) {
        Throwable current = failure;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static String reasonOf(Throwable failure) {
        Throwable cause = mostSpecific(failure);
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
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
        metrics.applied(event.occurredAt(), clock.instant());
        progress.advance(event.caseId(), event.sequence(), event.eventId(), event.occurredAt());
        log.debug("Applied {} (sequence {} of case {})", event.type(), event.sequence(), event.caseId());
    }

    /** Applies the parked successors of {@code appliedSequence}, in order, within the current transaction. */
    private int drainParked(String caseId, long appliedSequence) {
        parked.discardUpTo(caseId, appliedSequence);
        int applied = 0;
        long next = appliedSequence + 1;
        for (var waiting = parked.take(caseId, next); waiting.isPresent(); waiting = parked.take(caseId, ++next)) {
            var record = waiting.get();
            try {
                apply(reader.decode(record.value(), record.position()));
                applied++;
                log.info("Applied parked {}", record.position().describe());
            } catch (UndecodableEventException e) {
                unprocessable.record(record.position(), e.reason(), record.topic(), record.partition(),
                        record.offset(), clock.instant());
                progress.advance(caseId, next, record.position().eventId(), clock.instant());
                log.error("Set aside unreadable parked record {}-{}@{}: {}. Reason: {}.", record.topic(),
                        record.partition(), record.offset(), record.position().describe(), e.reason());
            }
        }
        return applied;
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
