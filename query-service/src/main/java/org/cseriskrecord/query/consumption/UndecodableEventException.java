package org.cseriskrecord.query.consumption;

/**
 * A record this service cannot read: unknown type or revision, malformed JSON, a payload that does not match the
 * contract. The reason names types, revisions and field paths, never values, so it can be logged and stored.
 */
public class UndecodableEventException extends RuntimeException {

    private final transient RecordPosition position;

    public UndecodableEventException(RecordPosition position, String reason) {
        super(reason);
        this.position = position;
    }

    public RecordPosition position() {
        return position;
    }

    public String reason() {
        return getMessage();
    }
}
