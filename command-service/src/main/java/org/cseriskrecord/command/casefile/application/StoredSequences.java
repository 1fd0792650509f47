package org.cseriskrecord.command.casefile.application;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The sequence of the last event each command stored, seen as the command's unit of work publishes its events (the
 * command bus runs the handler in the sender's thread). Lets {@link CaseCommands} answer a change with its sequence
 * without asking the event store again afterwards — a query and a transaction fewer per command
 * (docs/benchmarks.md).
 */
@Component
public class StoredSequences implements MessageDispatchInterceptor<EventMessage<?>> {

    private final Map<String, Long> byCommand = new ConcurrentHashMap<>();

    StoredSequences(EventStore eventStore) {
        eventStore.registerDispatchInterceptor(this);
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            if (event instanceof DomainEventMessage<?> domain && CurrentUnitOfWork.isStarted()
                    && CurrentUnitOfWork.get().getMessage() instanceof CommandMessage<?> command) {
                byCommand.merge(command.getIdentifier(), domain.getSequenceNumber(), Math::max);
            }
            return event;
        };
    }

    /** The last sequence the command stored, if it stored an event; forgets it (call once, also after a failure). */
    Optional<Long> take(String commandIdentifier) {
        return Optional.ofNullable(byCommand.remove(commandIdentifier));
    }

    /** How many commands are being followed right now (for the test that nothing is kept after a command). */
    public int following() {
        return byCommand.size();
    }
}
