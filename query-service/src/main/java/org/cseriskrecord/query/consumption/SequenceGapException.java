package org.cseriskrecord.query.consumption;

/** An event arrived before its predecessor: it must not be applied until the missing one has been. */
public class SequenceGapException extends RuntimeException {

    private final transient RecordPosition position;
    private final long lastApplied;

    public SequenceGapException(RecordPosition position, long lastApplied) {
        super("Sequence " + position.sequence() + " of case " + position.caseId() + " arrived, but the last applied is "
                + lastApplied + "; waiting for " + (lastApplied + 1));
        this.position = position;
        this.lastApplied = lastApplied;
    }

    public RecordPosition position() {
        return position;
    }

    public long lastApplied() {
        return lastApplied;
    }
}
