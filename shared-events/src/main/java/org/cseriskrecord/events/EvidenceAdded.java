package org.cseriskrecord.events;

/** Evidence was added to a marked indicator. */
@EventType(name = "EvidenceAdded", revision = 1)
public record EvidenceAdded(String caseId, String assessmentId, String indicatorCode, Evidence evidence)
        implements AssessmentEvent {
}
