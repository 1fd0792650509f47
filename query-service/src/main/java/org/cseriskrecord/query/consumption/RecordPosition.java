package org.cseriskrecord.query.consumption;

/**
 * Where a record belongs: its case and its place in the case's history, plus what it says it is. Read from the
 * envelope when the value is JSON, else from the Kafka headers. Any part may be missing from a damaged record.
 */
public record RecordPosition(String caseId, Long sequence, String eventId, String type, Integer revision) {

    /** Whether the record can be placed in a case's history (so gaps and duplicates can be recognised). */
    public boolean locatable() {
        return caseId != null && sequence != null && sequence >= 0;
    }

    /** Ids only, for log lines: never the payload. */
    public String describe() {
        return "event " + eventId + " (" + type + ", sequence " + sequence + " of case " + caseId + ")";
    }
}
