package org.cseriskrecord.command;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.cseriskrecord.command.casefile.model.CaseRecord;
import org.cseriskrecord.command.casefile.model.Commands;
import org.cseriskrecord.events.EventMetadata;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What snapshots save: the time to load a case of about 300 events from its latest snapshot (plus the few events
 * after it) against loading it from all its events, through the same repository and decryption the commands use.
 * The numbers (printed as {@code [measure]}) decide whether snapshots stay (ADR 093); the test itself checks that
 * both ways give the case at the same version, so a snapshot that misses events fails here.
 */
class SnapshotCostTest extends SharedInfrastructureTest {

    private static final int EVENTS = 300;
    private static final int ROUNDS = 15;

    @Autowired
    private CommandGateway gateway;
    @Autowired
    private Repository<CaseRecord> cases;

    @Test
    void a_case_of_300_events_loads_at_the_same_version_from_its_snapshot_and_from_its_events() {
        String caseId = openCase("practitioner");
        String assessmentId = startAssessment("practitioner", caseId, LocalDate.now().toString());
        // The commands go straight to the gateway: 300 HTTP requests would measure sign-in, not the case.
        var metaData = MetaData.from(new EventMetadata("practitioner", "PRACTITIONER", null,
                "snapshot-cost-" + UUID.randomUUID()).asMap());
        while (storedEvents(caseId) < EVENTS) {
            send(new Commands.MarkIndicator(caseId, assessmentId, "MEDIUM_MISSING_FROM_HOME_OR_CARE",
                    "Missing three nights"), metaData);
            send(new Commands.WithdrawIndicator(caseId, assessmentId, "MEDIUM_MISSING_FROM_HOME_OR_CARE",
                    "Found to have been at a friend's, known to the carer"), metaData);
        }
        long events = storedEvents(caseId);
        assertThat(snapshots(caseId)).as("snapshots taken along the way").isPositive();

        List<Long> fromSnapshot = new ArrayList<>();
        List<Long> fromEvents = new ArrayList<>();
        for (int round = 0; round < ROUNDS + 3; round++) { // the first three rounds warm up
            long withSnapshot = timeLoad(caseId, events);
            jdbc.sql("delete from snapshot_event_entry where aggregate_identifier = ?").param(caseId).update();
            long withoutSnapshot = timeLoad(caseId, events); // takes a new snapshot as it commits
            if (round >= 3) {
                fromSnapshot.add(withSnapshot);
                fromEvents.add(withoutSnapshot);
            }
        }
        System.out.printf("[measure] loading a case of %d events: from its snapshot median %.2f ms, from its events "
                        + "median %.2f ms (%d rounds)%n", events, median(fromSnapshot) / 1e6, median(fromEvents) / 1e6,
                ROUNDS);
    }

    private void send(Commands.CaseCommand command, MetaData metaData) {
        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metaData));
    }

    private long snapshots(String caseId) {
        return jdbc.sql("select count(*) from snapshot_event_entry where aggregate_identifier = ?")
                .param(caseId).query(Long.class).single();
    }

    /** Loads the case in a unit of work of its own, as a command would, and checks it is at its last event. */
    private long timeLoad(String caseId, long events) {
        long start = System.nanoTime();
        var version = DefaultUnitOfWork.startAndGet(null)
                .executeWithResult(() -> cases.load(caseId).version())
                .getPayload();
        long took = System.nanoTime() - start;
        assertThat(version).as("the case's version").isEqualTo(events - 1);
        return took;
    }

    private static double median(List<Long> values) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
