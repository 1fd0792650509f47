package org.cseriskrecord.command.casefile.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.cseriskrecord.events.Evidence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One assessment's state inside a {@link CaseRecord}, rebuilt from events. Fields are visible to Jackson so the
 * aggregate can be snapshotted.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Assessment {
    String assessmentId;
    LocalDate assessmentDate;
    String catalogueVersion;
    AssessmentStatus status;
    /** Active (marked or carried-forward, not withdrawn) items by code, in the order they were marked. */
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    String analysis;
    String assessedLevel;
    String rationale;
    /** Everyone who wrote any part of it: none of them may authorise it. */
    Set<String> contributors = new LinkedHashSet<>();
    int evidenceCount;

    private Assessment() {
    }

    Assessment(String assessmentId, LocalDate assessmentDate, String catalogueVersion) {
        this.assessmentId = assessmentId;
        this.assessmentDate = assessmentDate;
        this.catalogueVersion = catalogueVersion;
        this.status = AssessmentStatus.DRAFT;
    }

    String nextEvidenceId() {
        return "E" + (evidenceCount + 1);
    }

    // Value equality, so that a state rebuilt from events can be compared with the state that produced them.
    @Override
    public boolean equals(Object o) {
        return o instanceof Assessment a && evidenceCount == a.evidenceCount
                && Objects.equals(assessmentId, a.assessmentId) && Objects.equals(assessmentDate, a.assessmentDate)
                && Objects.equals(catalogueVersion, a.catalogueVersion) && status == a.status
                && Objects.equals(indicators, a.indicators) && Objects.equals(analysis, a.analysis)
                && Objects.equals(assessedLevel, a.assessedLevel) && Objects.equals(rationale, a.rationale)
                && Objects.equals(contributors, a.contributors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assessmentId, status, indicators.keySet());
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    static class Indicator {
        String code;
        String category;
        /** Brought from the previous authorised assessment and not yet confirmed by marking it again. */
        boolean awaitingConfirmation;
        List<Evidence> evidence = new ArrayList<>();

        private Indicator() {
        }

        Indicator(String code, String category, boolean awaitingConfirmation, List<Evidence> evidence) {
            this.code = code;
            this.category = category;
            this.awaitingConfirmation = awaitingConfirmation;
            this.evidence = new ArrayList<>(evidence);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Indicator i && awaitingConfirmation == i.awaitingConfirmation
                    && Objects.equals(code, i.code) && Objects.equals(category, i.category)
                    && Objects.equals(evidence, i.evidence);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, category);
        }
    }
}
