package org.cseriskrecord.events;

/** An event about one assessment within a case. */
public sealed interface AssessmentEvent extends CaseEvent
        permits AssessmentStarted, IndicatorMarked, IndicatorWithdrawn, EvidenceAdded, AdditionalDetailRecorded,
        AnalysisRecorded, AssessmentSubmitted, ManagerAuthorised, AssessmentReturned, AssessmentDiscarded,
        LearningDifficultyConfirmed, AssessingProfessionalRecorded {
    String assessmentId();
}
