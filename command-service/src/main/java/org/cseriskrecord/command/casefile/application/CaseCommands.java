package org.cseriskrecord.command.casefile.application;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.cseriskrecord.casekeys.CaseKeyDestroyedException;
import org.cseriskrecord.casekeys.CaseKeys;
import org.cseriskrecord.casekeys.KeyStoreProblemHandler;
import org.cseriskrecord.command.casefile.model.Commands;
import org.cseriskrecord.events.AssessingProfessional;
import org.cseriskrecord.events.EventMetadata;
import org.cseriskrecord.support.security.SignedInUser;
import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Sends commands on behalf of the signed-in user: who they are and the request's correlation id travel with every
 * command and, through Axon's correlation data, with every event it causes. The answer carries the case's sequence
 * after the change ({@link RequestChannel}), so a client can wait until the read side shows it.
 */
@Service
public class CaseCommands {
    /** Commands stored, by command (refusals are counted where they are answered, by kind). */
    public static final String HANDLED = "cse.commands.handled";
    private final CommandGateway gateway;
    private final AssessmentIndex index;
    private final EventStore eventStore;
    private final CaseKeys keys;
    private final RequestChannel request;
    private final MeterRegistry meters;
    private final StoredSequences stored;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    public CaseCommands(CommandGateway gateway, AssessmentIndex index, EventStore eventStore, CaseKeys keys,
                        RequestChannel request, StoredSequences stored, MeterRegistry meters) {
        this.stored = stored;
        this.gateway = gateway;
        this.index = index;
        this.eventStore = eventStore;
        this.keys = keys;
        this.request = request;
        this.meters = meters;
    }

    public String openCase(Function<String, Commands.OpenCase> command) {
        var caseId = UUID.randomUUID().toString();
        send(command.apply(caseId));
        return caseId;
    }

    /** @param completedBy who completes it; null for the signed-in user */
    public String startAssessment(String caseId, java.time.LocalDate date, AssessingProfessional completedBy) {
        var assessmentId = UUID.randomUUID().toString();
        send(new Commands.StartAssessment(caseId, assessmentId, date, completedBy));
        return assessmentId;
    }

    /** Sends a command about an assessment to the case that holds it. */
    public void onAssessment(String assessmentId, Function<String, Commands.CaseCommand> commandForCase) {
        var caseId = index.caseOf(assessmentId).orElseThrow(() -> new UnknownAssessmentException(assessmentId));
        send(commandForCase.apply(caseId));
    }

    public void send(Commands.CaseCommand command) {
        var user = SignedInUser.require();
        // An erased case is refused before it is loaded: its history has only the values that survive erasure.
        if (!(command instanceof Commands.OpenCase) && keys.isDestroyed(command.caseId())) {
            throw new CaseKeyDestroyedException(command.caseId());
        }
        var metaData = MetaData.from(new EventMetadata(user.userId(), user.role().name(), user.agency(),
                request.correlationId()).asMap());
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).withMetaData(metaData);
        Optional<Long> storedSequence;
        try {
            gateway.sendAndWait(message);
        } catch (RuntimeException e) {
            // Events are encrypted when they are stored; Axon wraps a key store failure met there. Say what it is.
            var keyStore = KeyStoreProblemHandler.causeOf(e);
            throw keyStore != null ? keyStore : e;
        } finally {
            storedSequence = stored.take(message.getIdentifier());
        }
        meters.counter(HANDLED, "command", command.getClass().getSimpleName()).increment();
        announceSequence(message, storedSequence);
    }

    /**
     * Tells the caller the case's sequence after the change: that of the last event the command stored, else (a
     * command that stored nothing) the case's last one, read from the event store.
     */
    private void announceSequence(CommandMessage<?> message, Optional<Long> storedSequence) {
        String caseId = targets.resolveTarget(message).getIdentifier();
        storedSequence.or(() -> eventStore.lastSequenceNumberFor(caseId))
                .ifPresent(sequence -> request.announceSequence(caseId, sequence));
    }

    /** No assessment has this id. */
    public static class UnknownAssessmentException extends RuntimeException {
        public UnknownAssessmentException(String assessmentId) {
            super("There is no assessment with id " + assessmentId + ".");
        }
    }
}
