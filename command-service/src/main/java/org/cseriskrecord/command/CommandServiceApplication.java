package org.cseriskrecord.command;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.cseriskrecord.casekeys.CaseKeys;
import org.cseriskrecord.command.casefile.model.KeyShredder;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.cseriskrecord.riskmodel.rules.RiskAssessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

@SpringBootApplication
public class CommandServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CommandServiceApplication.class, args);
    }

    /** Domain dates ("not in the future") are judged on the calendar of the partnership: UK time. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }

    /** The pathways are the partnership's (service-support's PartnershipAutoConfiguration), as in every service. */
    @Bean
    RiskAssessor riskAssessor(Pathways pathways) {
        return new RiskAssessor(pathways);
    }

    /** Erasure destroys the case's key in the key store. */
    @Bean
    KeyShredder keyShredder(CaseKeys keys) {
        return keys::destroy;
    }

    /** A long-lived case is rebuilt from its latest snapshot plus the events after it. */
    @Bean
    SnapshotTriggerDefinition caseSnapshotTrigger(Snapshotter snapshotter,
                                                  @Value("${cse.snapshot-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
