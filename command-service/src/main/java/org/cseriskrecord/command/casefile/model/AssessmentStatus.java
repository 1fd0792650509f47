package org.cseriskrecord.command.casefile.model;

/** Where an assessment is in its life: drafted, submitted to a manager, returned for more work, or authorised. */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, RETURNED, AUTHORISED;

    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    boolean open() {
        return this != AUTHORISED;
    }
}
