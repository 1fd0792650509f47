package org.cseriskrecord.query.trends;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * {@code GET /api/board/trends}: the shape, then the breakdowns. Every count is suppressed
 * ({@link SmallNumbers}): a number, or the string {@code "<5"}.
 */
public record TrendsView(String from, String to, String area, String agency, List<Month> months,
                         List<IndicatorCount> indicators, List<Breakdown> byAgeBand, List<Breakdown> byGender,
                         List<Breakdown> byEthnicity, List<Hotspot> locations) {

    /**
     * One month by the assessments' own dates.
     *
     * @param childrenAtLevel children whose latest authorised assessment dated on or before the month's end has
     *                        the level
     */
    public record Month(String month, Object assessmentsAuthorised, Levels childrenAtLevel, Object escalations,
                        Object deescalations, Judgement judgement) {
    }

    public record Levels(@JsonProperty("NONE") Object none, @JsonProperty("LOW") Object low,
                         @JsonProperty("MEDIUM") Object medium, @JsonProperty("HIGH") Object high) {
    }

    /** The practitioner's assessed level against the tool's suggestion. */
    public record Judgement(Object above, Object equal, Object below) {
    }

    public record IndicatorCount(String code, String category, String label, Object count) {
    }

    /**
     * Authorised assessments dated in the period for one coded value of the child, and their authorised levels.
     *
     * @param value a census code, an age band, or {@code NOT_CODED}
     * @param label the census description or the band's wording
     */
    public record Breakdown(String value, String label, Object assessmentsAuthorised, Levels atLevel) {
    }

    /**
     * A location of concern (normalised) named in authorised assessments dated in the period, of at least
     * {@link TrendsReader#HOTSPOT_MIN_CHILDREN} different children.
     */
    public record Hotspot(String location, Object count) {
    }
}
