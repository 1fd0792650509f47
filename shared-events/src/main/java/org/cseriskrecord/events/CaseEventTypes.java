package org.cseriskrecord.events;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one list of event types and their wire names: what the event store and the topic may contain. */
public final class CaseEventTypes {

    private static final List<Class<? extends CaseEvent>> ALL = List.of(
            CaseOpened.class, ChildDetailsCorrected.class, CaseDetailsUpdated.class, AssessmentStarted.class,
            IndicatorMarked.class, IndicatorWithdrawn.class, EvidenceAdded.class, AdditionalDetailRecorded.class,
            AnalysisRecorded.class, AssessmentSubmitted.class, ManagerAuthorised.class, AssessmentReturned.class,
            AssessmentDiscarded.class, LearningDifficultyConfirmed.class, AssessingProfessionalRecorded.class,
            CaseShared.class, CaseShareRevoked.class,
            LegalHoldPlaced.class, LegalHoldLifted.class, CaseErased.class);

    private static final Map<String, Class<? extends CaseEvent>> BY_NAME = new LinkedHashMap<>();

    static {
        for (var type : ALL) {
            var previous = BY_NAME.put(wireName(type), type);
            if (previous != null) {
                throw new IllegalStateException("Two event classes share the wire name " + wireName(type));
            }
        }
    }

    private CaseEventTypes() {
    }

    public static List<Class<? extends CaseEvent>> all() {
        return ALL;
    }

    public static Optional<Class<? extends CaseEvent>> byWireName(String wireName) {
        return Optional.ofNullable(BY_NAME.get(wireName));
    }

    public static boolean isCaseEvent(Class<?> type) {
        return type != null && CaseEvent.class.isAssignableFrom(type) && type.isAnnotationPresent(EventType.class);
    }

    public static String wireName(Class<?> type) {
        return annotation(type).name();
    }

    /** The current revision: what this code writes. */
    public static int revision(Class<?> type) {
        return annotation(type).revision();
    }

    private static EventType annotation(Class<?> type) {
        var annotation = type.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalArgumentException(type.getName() + " is not an event of the contract (no @EventType)");
        }
        return annotation;
    }

    static String describe() {
        return Arrays.toString(BY_NAME.keySet().toArray());
    }
}
