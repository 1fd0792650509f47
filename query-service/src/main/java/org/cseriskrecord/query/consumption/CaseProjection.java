package org.cseriskrecord.query.consumption;

/**
 * One projection's update: how one read model changes with an event. Called by {@link EventDispatcher} inside the
 * transaction that also checks and records the case's sequence, in {@link org.springframework.core.annotation.Order}
 * order, exactly once per event and in each case's sequence order. An exception rolls the whole event back.
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
