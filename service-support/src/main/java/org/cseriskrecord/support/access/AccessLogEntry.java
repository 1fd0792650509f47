package org.cseriskrecord.support.access;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the access log: when, who (user, role, agency), which case (if the request named one), which action
 * (the access matrix row's name), with what outcome, and in which service. No child's data: only ids and names of
 * users and agencies.
 *
 * @param entryId a unique id, so an entry delivered twice (through Kafka) is stored once
 */
public record AccessLogEntry(String entryId, Instant at, String user, String role, String agency, String caseId,
                             String action, Outcome outcome, String service) {

    /** The topic on which command-service sends its entries to query-service, which keeps the log. */
    public static final String TOPIC = "cse.access-log";

    public enum Outcome { ALLOWED, DENIED }

    public static AccessLogEntry of(Instant at, String user, String role, String agency, String caseId, String action,
                                    Outcome outcome, ApiService service) {
        return new AccessLogEntry(UUID.randomUUID().toString(), at, user, role, agency, caseId, action, outcome,
                service.applicationName());
    }
}
