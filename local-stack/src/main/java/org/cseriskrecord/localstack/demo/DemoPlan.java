package org.cseriskrecord.localstack.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A synthetic history as the exact list of public-API calls that make it, child by child. Pure data: the same seed,
 * child count and "as of" date always give an equal plan.
 */
public record DemoPlan(long seed, LocalDate asOf, List<ChildPlan> children) {

    /** The two agencies of the demo users: who writes assessments and who authorises or returns them. */
    public enum Agency {
        POLICE("practitioner", "manager"),
        HEALTH("practitioner2", "manager2");

        public final String practitioner;
        public final String manager;

        Agency(String practitioner, String manager) {
            this.practitioner = practitioner;
            this.manager = manager;
        }
    }

    /** What happened to one assessment, for the summary and the tests. */
    public enum Outcome { AUTHORISED, RETURNED_THEN_AUTHORISED, AWAITING_AUTHORISATION, DRAFT, RETURNED, DISCARDED }

    /**
     * One call. {@code path} may contain {@code {caseId}} and {@code {assessmentId}}, filled from the ids the earlier
     * calls returned; {@code capture} names the id this call's 201 response holds ({@code caseId} or
     * {@code assessmentId}), if any.
     */
    public record Step(String user, String method, String path, Map<String, Object> body, String capture) {
    }

    public record AssessmentPlan(LocalDate assessmentDate, String suggestedLevel, String assessedLevel,
                                 Outcome outcome, List<String> markedCodes) {
    }

    public record ChildPlan(int index, String name, String area, Agency agency, List<AssessmentPlan> assessments,
                            List<Step> steps) {
    }

    public int stepCount() {
        return children.stream().mapToInt(c -> c.steps().size()).sum();
    }

    public long assessments() {
        return children.stream().mapToLong(c -> c.assessments().size()).sum();
    }

    public long count(Outcome o) {
        return children.stream().flatMap(c -> c.assessments().stream()).filter(a -> a.outcome() == o).count();
    }

    /**
     * Reassessments whose level went up (escalations) or down (de-escalations) from the previous one; a discarded
     * draft counts in no figure.
     */
    public long levelChanges(boolean up) {
        long n = 0;
        for (ChildPlan c : children) {
            for (int i = 1; i < c.assessments().size(); i++) {
                if (c.assessments().get(i).outcome() == Outcome.DISCARDED) {
                    continue;
                }
                int before = rank(c.assessments().get(i - 1).assessedLevel());
                int after = rank(c.assessments().get(i).assessedLevel());
                if (up ? after > before : after < before) {
                    n++;
                }
            }
        }
        return n;
    }

    static int rank(String level) {
        return List.of("NONE", "LOW", "MEDIUM", "HIGH").indexOf(level);
    }

    public String describe() {
        return children.size() + " children (" + children.stream().filter(c -> c.area().equals("COUNTY")).count()
                + " COUNTY, " + children.stream().filter(c -> c.area().equals("CITY")).count() + " CITY; "
                + children.stream().filter(c -> c.agency() == Agency.POLICE).count() + " Police, "
                + children.stream().filter(c -> c.agency() == Agency.HEALTH).count() + " Health), "
                + assessments() + " assessments from " + children.stream().flatMap(c -> c.assessments().stream())
                .map(AssessmentPlan::assessmentDate).min(LocalDate::compareTo).orElse(asOf) + " to "
                + children.stream().flatMap(c -> c.assessments().stream()).map(AssessmentPlan::assessmentDate)
                .max(LocalDate::compareTo).orElse(asOf) + " (" + (count(Outcome.AUTHORISED)
                + count(Outcome.RETURNED_THEN_AUTHORISED)) + " authorised, of which "
                + count(Outcome.RETURNED_THEN_AUTHORISED) + " after a return; " + count(Outcome.AWAITING_AUTHORISATION)
                + " awaiting authorisation, " + count(Outcome.RETURNED) + " returned, " + count(Outcome.DRAFT)
                + " drafts, " + count(Outcome.DISCARDED) + " discarded drafts; " + levelChanges(true)
                + " escalations, " + levelChanges(false) + " de-escalations), "
                + stepCount() + " API calls";
    }
}
