package org.cseriskrecord.web.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.events.Role;
import org.cseriskrecord.web.signin.SignedInUser;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Whether the signed-in user may authorise or return a submitted assessment, and if not, why — worked out from the
 * case's audit history so the review page can say so before anyone presses a button. command-service decides (its
 * refusal is shown too); this only explains: a manager of the submitter's agency who did not contribute (four-eyes).
 *
 * @param mayDecide  the authorise and return forms are offered
 * @param reasonKey  why not, as a message key ({@code review.cannot.*}), or null
 * @param reasonArgument the agency or level the sentence names, or null
 */
public record Oversight(boolean mayDecide, String reasonKey, String reasonArgument) {

    /** Events about an assessment that do not make their actor a contributor (as on the command side). */
    private static final Set<String> DECISIONS = Set.of("ManagerAuthorised", "AssessmentReturned",
            "AssessmentDiscarded");

    static Oversight of(SignedInUser user, JsonNode assessment, JsonNode history) {
        String assessmentId = assessment.path("assessmentId").asText();
        if (!"SUBMITTED".equals(assessment.path("status").asText())) {
            return new Oversight(false, "review.cannot.notSubmitted", null);
        }
        if (user == null || !user.hasRole(Role.MANAGER)) {
            return new Oversight(false, "review.cannot.notManager", null);
        }
        String submitterAgency = null;
        Set<String> contributors = new LinkedHashSet<>();
        for (JsonNode entry : history) {
            if (!assessmentId.equals(entry.path("data").path("assessmentId").asText())) {
                continue;
            }
            String type = entry.path("type").asText();
            if ("AssessmentSubmitted".equals(type)) {
                submitterAgency = entry.path("agency").isTextual() ? entry.path("agency").asText() : null;
            }
            if (!DECISIONS.contains(type) && entry.path("actor").isTextual()) {
                contributors.add(entry.path("actor").asText());
            }
        }
        if (submitterAgency != null && !submitterAgency.equals(user.agency())) {
            return new Oversight(false, "review.cannot.otherAgency", submitterAgency);
        }
        if (contributors.contains(user.username())) {
            return new Oversight(false, "review.cannot.contributed", null);
        }
        return new Oversight(true, null, null);
    }
}
