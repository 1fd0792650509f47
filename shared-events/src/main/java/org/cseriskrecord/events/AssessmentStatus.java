package org.cseriskrecord.events;

/**
 * Where an assessment is in its life: drafted, submitted to a manager, returned for more work, authorised, or
 * discarded as a draft (final, never counted). Defined once for both services: command-service keeps it in the case
 * record, query-service derives it from the events and filters by it; the names are what both APIs show.
 */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, RETURNED, AUTHORISED, DISCARDED;

    /** A practitioner may still change it. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Still in progress: no other assessment of the case may start. */
    public boolean open() {
        return this != AUTHORISED && this != DISCARDED;
    }
}
