package org.cseriskrecord.support.access;

import java.util.Optional;
import java.util.Set;

/**
 * Which agencies are involved in a case: the one that opened it and those it is shared with. Each service that has
 * case endpoints answers from its own store; the {@link AccessInterceptor} asks before letting a request reach one.
 */
public interface CaseInvolvement {
    String CASE_ID = "caseId";
    String ASSESSMENT_ID = "assessmentId";

    /**
     * @param variable {@link #CASE_ID} or {@link #ASSESSMENT_ID}: what the request's path names
     * @param id       the id in the path
     * @return the case and its involved agencies; empty when this service knows no such case or assessment
     */
    Optional<InvolvedAgencies> find(String variable, String id);

    record InvolvedAgencies(String caseId, Set<String> agencies) {
        public InvolvedAgencies {
            agencies = Set.copyOf(agencies);
        }

        public boolean involves(String agency) {
            return agency != null && agencies.contains(agency);
        }
    }
}
