package org.cseriskrecord.command.casefile.model;

/**
 * Where an assessment is in its life: drafted, submitted to a manager, returned for more work, authorised, or
 * discarded as a draft (final, never counted).
 */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, RETURNED, AUTHORISED, DISCARDED;

    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** Still in progress: no other assessment of the case may start. */
    boolean open() {
        return this != AUTHORISED && this != DISCARDED;
    }
}
