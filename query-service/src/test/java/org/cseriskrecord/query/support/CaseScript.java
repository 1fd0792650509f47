package org.cseriskrecord.query.support;

import org.cseriskrecord.events.AdditionalDetailRecorded;
import org.cseriskrecord.events.AnalysisRecorded;
import org.cseriskrecord.events.AssessingProfessional;
import org.cseriskrecord.events.AssessingProfessionalRecorded;
import org.cseriskrecord.events.AssessmentDiscarded;
import org.cseriskrecord.events.AssessmentReturned;
import org.cseriskrecord.events.AssessmentStarted;
import org.cseriskrecord.events.AssessmentSubmitted;
import org.cseriskrecord.events.CarriedForwardIndicator;
import org.cseriskrecord.events.CaseDetailsUpdated;
import org.cseriskrecord.events.CaseEvent;
import org.cseriskrecord.events.CaseEventCodec;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.events.CaseEventTypes;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.riskmodel.rules.CategoryCounts;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.ChildDetailsCorrected;
import org.cseriskrecord.events.Evidence;
import org.cseriskrecord.events.EvidenceAdded;
import org.cseriskrecord.events.IndicatorMarked;
import org.cseriskrecord.events.IndicatorWithdrawn;
import org.cseriskrecord.events.LearningDifficultyConfirmed;
import org.cseriskrecord.events.ManagerAuthorised;
import org.cseriskrecord.events.PlacementDetails;
import org.cseriskrecord.events.ProfessionalDetails;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.riskmodel.rules.RiskLevel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Writes the events of one case as the command side would: envelopes with consecutive sequences from 0, an event id
 * each, metadata of the actor, and a clock that moves a minute per event.
 */
public final class CaseScript {

    public static final String CATALOGUE = Catalogues.current().version();
    private static final CaseEventCodec CODEC = new CaseEventCodec();

    public final String caseId = "case-" + UUID.randomUUID();
    private long nextSequence;
    private Instant clock;
    private final String correlationId = "corr-" + UUID.randomUUID();

    public CaseScript(Instant start) {
        this.clock = start;
    }

    /** The envelope of the case's next event. */
    public CaseEventEnvelope next(CaseEvent event, Actor actor) {
        return at(nextSequence++, event, actor);
    }

    /** An envelope at a chosen sequence (for replays and gaps); does not move the script's sequence. */
    public CaseEventEnvelope at(long sequence, CaseEvent event, Actor actor) {
        clock = clock.plus(Duration.ofMinutes(1));
        return new CaseEventEnvelope("evt-" + UUID.randomUUID(), CaseEventTypes.wireName(event.getClass()),
                CaseEventTypes.revision(event.getClass()), caseId, sequence, 1000 + sequence, clock,
                actor.metadata(correlationId), CODEC.toJson(event));
    }

    public long nextSequence() {
        return nextSequence;
    }

    public void skipTo(long sequence) {
        nextSequence = sequence;
    }

    // ---- events ----

    public static ChildDetails child(String name, LocalDate dateOfBirth, boolean learningDifficulty) {
        return child(name, dateOfBirth, learningDifficulty ? "YES" : "NO");
    }

    /** @param learningDifficulty YES, NO or NOT_KNOWN */
    public static ChildDetails child(String name, LocalDate dateOfBirth, String learningDifficulty) {
        return child(name, dateOfBirth, learningDifficulty, "2", "WBRI");
    }

    /** A child with the given census gender and ethnicity codes (null: not coded). */
    public static ChildDetails child(String name, LocalDate dateOfBirth, String learningDifficulty, String genderCode,
                                     String ethnicityCode) {
        return new ChildDetails(name, "Jay", dateOfBirth, "Female", genderCode, "Not known", "White British", ethnicityCode, "None",
                "1 Example Street, Nottingham", "NG1 1AA", "0115 000 0000", "English", false, null, List.of("NONE"),
                "YES".equals(learningDifficulty) ? "Moderate learning difficulty" : "None", learningDifficulty, null,
                "NO", "REGULARLY_GOES_MISSING", List.of("CHILD", "CARER"));
    }

    public static final AssessingProfessional WORKER = new AssessingProfessional("A. Worker", "Social Worker",
            "Police", "0115 111 1111", "a.worker@example.org");

    public CaseOpened opened(String area, ChildDetails child) {
        return new CaseOpened(caseId, area, child,
                List.of(new ProfessionalDetails("A. Worker", "Social Worker", "0115 111 1111", "a.worker@example.org")),
                new PlacementDetails("Foster care", "Placement details"), "School; Youth Offending Team");
    }

    public ChildDetailsCorrected corrected(ChildDetails child, String... changedFields) {
        return new ChildDetailsCorrected(caseId, child, List.of(changedFields));
    }

    public CaseDetailsUpdated detailsUpdated(List<ProfessionalDetails> professionals, PlacementDetails placement,
                                             String otherProfessionalsInvolved, String... changedFields) {
        return new CaseDetailsUpdated(caseId, professionals, placement, otherProfessionalsInvolved,
                List.of(changedFields));
    }

    public AssessmentStarted started(String assessmentId, LocalDate date) {
        return new AssessmentStarted(caseId, assessmentId, date, CATALOGUE, null, List.of(), WORKER);
    }

    public AssessmentStarted reassessment(String assessmentId, LocalDate date, String previous,
                                          List<CarriedForwardIndicator> carried) {
        return new AssessmentStarted(caseId, assessmentId, date, CATALOGUE, previous, carried, WORKER);
    }

    public IndicatorMarked marked(String assessmentId, String label, Evidence evidence) {
        var item = item(label);
        return new IndicatorMarked(caseId, assessmentId, item.code(), item.category().name(), evidence);
    }

    public IndicatorWithdrawn withdrawn(String assessmentId, String label, String reason) {
        return new IndicatorWithdrawn(caseId, assessmentId, item(label).code(), reason);
    }

    public EvidenceAdded evidenceAdded(String assessmentId, String label, Evidence evidence) {
        return new EvidenceAdded(caseId, assessmentId, item(label).code(), evidence);
    }

    public AdditionalDetailRecorded detail(String assessmentId, String section, String text) {
        return new AdditionalDetailRecorded(caseId, assessmentId, section, text);
    }

    public AnalysisRecorded analysis(String assessmentId, String level, String rationale, boolean downgrade) {
        return new AnalysisRecorded(caseId, assessmentId, "Analysis of the risks to the child",
                List.of("Bus station"), List.of("'Smithy' (nickname)"), level, rationale, downgrade);
    }

    /** A submission whose response is that of the suggestion, without flags (as revision 1 read it). */
    public AssessmentSubmitted submitted(String assessmentId, CategoryCounts counts, String suggested, String rule,
                                         boolean floorApplied, String assessed, List<String> actions) {
        return new AssessmentSubmitted(caseId, assessmentId, counts, suggested, rule, floorApplied, assessed, false,
                actions, suggested, false, false, "NO", null, false);
    }

    public AssessmentSubmitted submitted(String assessmentId, CategoryCounts counts, String suggested, String rule,
                                         String assessed, List<String> actions, String responseLevel,
                                         boolean floorWithIndicators, boolean belowFloorWithIndicators,
                                         String learningDifficulty, String lastAuthorisedLevel, boolean stepDown) {
        return new AssessmentSubmitted(caseId, assessmentId, counts, suggested, rule, false, assessed,
                RiskLevel.valueOf(assessed).isBelow(RiskLevel.valueOf(suggested)), actions, responseLevel,
                floorWithIndicators, belowFloorWithIndicators, learningDifficulty, lastAuthorisedLevel, stepDown);
    }

    public AssessmentReturned returned(String assessmentId, String reason) {
        return new AssessmentReturned(caseId, assessmentId, reason);
    }

    /** The manager agrees with the assessed level (the response and the flags as revision 1 read them). */
    public ManagerAuthorised authorised(String assessmentId, String level, String comments) {
        return new ManagerAuthorised(caseId, assessmentId, level, comments, level, null, null, List.of(), null, false,
                false);
    }

    public ManagerAuthorised authorised(String assessmentId, String assessed, String authorisedLevel,
                                        String levelRationale, String responseLevel, List<String> actions,
                                        String lastAuthorisedLevel, boolean stepDown, boolean belowFloor) {
        return new ManagerAuthorised(caseId, assessmentId, assessed, null, authorisedLevel, levelRationale,
                responseLevel, actions, lastAuthorisedLevel, stepDown, belowFloor);
    }

    public AssessmentDiscarded discarded(String assessmentId, String reason) {
        return new AssessmentDiscarded(caseId, assessmentId, reason);
    }

    public LearningDifficultyConfirmed confirmed(String assessmentId, String answer) {
        return new LearningDifficultyConfirmed(caseId, assessmentId, answer);
    }

    public AssessingProfessionalRecorded professional(String assessmentId, AssessingProfessional professional) {
        return new AssessingProfessionalRecorded(caseId, assessmentId, professional);
    }

    public static Evidence evidence(String text) {
        return new Evidence("ev-" + UUID.randomUUID(), text, "Police report", LocalDate.of(2025, 2, 20));
    }

    /** The current catalogue's item printed with this label (so tests read like the form). */
    public static CatalogueItem item(String label) {
        return Catalogues.current().items().stream()
                .filter(i -> i.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No item labelled '" + label + "'"));
    }

    public static String code(String label) {
        return item(label).code();
    }
}
