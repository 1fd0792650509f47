package org.cseriskrecord.events;

/**
 * An indicator or vulnerability factor was marked (ticked). Marking a carried-forward item confirms it.
 *
 * @param category {@code VULNERABILITY}, {@code LOW}, {@code MEDIUM} or {@code HIGH}, as the catalogue says
 * @param evidence first evidence given with the mark, or null
 */
@EventType(name = "IndicatorMarked", revision = 1)
public record IndicatorMarked(String caseId, String assessmentId, String code, String category, Evidence evidence)
        implements AssessmentEvent {
}
