package org.cseriskrecord.query.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/dashboard}. Counts are numbers for a manager and suppressed for a board member ({@code "<5"}
 * for 1 to 4); the lists of cases are a manager's only (a board member's are empty).
 *
 * @param agency the agency whose cases are counted (a manager's own), or null for every agency
 * @param today  the date against which waits and reviews are measured
 */
public record DashboardView(String agency, LocalDate today, Children children,
                            Map<String, Object> assessmentsByStatus, Awaiting awaitingAuthorisation,
                            Reviews reviewsOverdue) {

    /**
     * Children (cases) by their current authorised level, by the suggestion of their current assessment
     * ({@code NOT_ASSESSED} where there is none), by area and by the agencies involved.
     */
    public record Children(Object total, Map<String, Object> byLevel, Map<String, Object> bySuggestedLevel,
                           Map<String, Object> byArea, Map<String, Object> byAgency) {
    }

    /** Submitted assessments awaiting a manager's decision, and for how long (whole days since submission). */
    public record Awaiting(Object count, Long longestWaitDays, Object waitingUpTo2Days, Object waiting3To7Days,
                           Object waitingOver7Days, Object stepDowns, Object belowFloorWithIndicators,
                           List<Waiting> assessments) {
    }

    public record Waiting(String caseId, String assessmentId, Instant submittedAt, long waitingDays,
                          String suggestedLevel, String assessedLevel, boolean stepDown,
                          boolean belowFloorWithIndicators) {
    }

    /**
     * Children whose review is overdue: their latest authorised assessment's own date plus the interval of its level
     * is before today. {@code intervals} are the configured intervals (ISO periods).
     */
    public record Reviews(Object count, Map<String, Object> byLevel, Map<String, String> intervals,
                          List<Overdue> cases) {
    }

    public record Overdue(String caseId, String riskLevel, LocalDate assessmentDate, LocalDate reviewDue,
                          long daysOverdue) {
    }
}
