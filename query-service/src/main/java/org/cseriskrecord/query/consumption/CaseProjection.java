package org.cseriskrecord.query.consumption;

/**
 * One projection's update: how one read model changes with an event. Called by {@link EventDispatcher} inside the
 * transaction that also checks and records the case's sequence, exactly once per event and in each case's sequence
 * order. A projection reads only its own tables and the event (ADR 095): the order in which projections run does not
 * matter, and a projection rebuilt alone ({@link ProjectionRebuild}) equals the live one. On
 * {@link org.cseriskrecord.events.CaseErased} each projection empties its own personal columns. An exception rolls
 * the whole event back.
 */
public interface CaseProjection {

    void apply(ProjectedEvent event);

    /** The projection's name in the rebuild command, e.g. {@code board-trends}. */
    String name();

    /**
     * Every table the projection alone writes, emptied before it is rebuilt ({@link ProjectionRebuild}), children
     * before parents.
     */
    java.util.List<String> tables();
}
