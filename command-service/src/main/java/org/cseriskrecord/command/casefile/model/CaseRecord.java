package org.cseriskrecord.command.casefile.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.cseriskrecord.command.casefile.model.Commands.AddEvidence;
import org.cseriskrecord.command.casefile.model.Commands.AuthoriseAssessment;
import org.cseriskrecord.command.casefile.model.Commands.CorrectChildDetails;
import org.cseriskrecord.command.casefile.model.Commands.MarkIndicator;
import org.cseriskrecord.command.casefile.model.Commands.OpenCase;
import org.cseriskrecord.command.casefile.model.Commands.RecordAdditionalDetail;
import org.cseriskrecord.command.casefile.model.Commands.RecordAnalysis;
import org.cseriskrecord.command.casefile.model.Commands.ReturnAssessment;
import org.cseriskrecord.command.casefile.model.Commands.StartAssessment;
import org.cseriskrecord.command.casefile.model.Commands.SubmitAssessment;
import org.cseriskrecord.command.casefile.model.Commands.UpdateCaseDetails;
import org.cseriskrecord.command.casefile.model.Commands.WithdrawIndicator;
import org.cseriskrecord.events.AdditionalDetailRecorded;
import org.cseriskrecord.events.AnalysisRecorded;
import org.cseriskrecord.events.AssessmentReturned;
import org.cseriskrecord.events.AssessmentStarted;
import org.cseriskrecord.events.AssessmentSubmitted;
import org.cseriskrecord.events.CarriedForwardIndicator;
import org.cseriskrecord.events.CaseDetailsUpdated;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.events.CategoryCounts;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.ChildDetailsCorrected;
import org.cseriskrecord.events.Evidence;
import org.cseriskrecord.events.EvidenceAdded;
import org.cseriskrecord.events.IndicatorMarked;
import org.cseriskrecord.events.IndicatorWithdrawn;
import org.cseriskrecord.events.ManagerAuthorised;
import org.cseriskrecord.events.PlacementDetails;
import org.cseriskrecord.events.ProfessionalDetails;
import org.cseriskrecord.riskmodel.DerivedIndicatorException;
import org.cseriskrecord.riskmodel.catalogue.Catalogue;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.riskmodel.catalogue.Category;
import org.cseriskrecord.riskmodel.judgement.ProfessionalJudgement;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.cseriskrecord.riskmodel.rules.AssessmentFacts;
import org.cseriskrecord.riskmodel.rules.RiskAssessor;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.cseriskrecord.riskmodel.rules.RiskOutcome;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One child's case record: the child's details and every assessment made of them. It is the unit of consistency
 * (one assessment open at a time, reassessments carry forward the last authorised one) and of ordering (one event
 * stream per child). Every rule of the seed tool that concerns what may be recorded is enforced here; the risk
 * rules themselves come from {@code risk-model}.
 */
@Aggregate(snapshotTriggerDefinition = "caseSnapshotTrigger")
// The shape of the snapshot: raise it whenever a field is added or changes meaning. Axon then ignores snapshots of
// another revision and rebuilds the case from its events. Revision 2 added the professionals, the placement and the
// other professionals involved; snapshots written before it have no revision and lack them.
@Revision("2")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class CaseRecord {
    static final Set<String> SECTIONS = Set.of("VULNERABILITY", "LOW", "MEDIUM", "HIGH");
    static final int MAX_TEXT = 20_000;

    @AggregateIdentifier
    private String caseId;
    private String area;
    private ChildDetails child;
    private List<ProfessionalDetails> professionals = List.of();
    private PlacementDetails placement;
    private String otherProfessionalsInvolved;
    private Map<String, Assessment> assessments = new LinkedHashMap<>();
    private String currentAssessmentId;
    private String lastAuthorisedAssessmentId;

    protected CaseRecord() {
        // for Axon and snapshots
    }

    @CommandHandler
    public CaseRecord(OpenCase command, MetaData metaData, Pathways pathways, Clock clock) {
        Actor.of(metaData).requirePractitioner();
        if (command.area() == null || !pathways.hasArea(command.area())) {
            throw CaseRuleException.invalid("The area must be one of " + String.join(", ", pathways.areas())
                    + " (the partnership areas whose pathways apply).");
        }
        ChildDetailsRules.requireValid(command.child(), LocalDate.now(clock));
        requireLength("otherProfessionalsInvolved", command.otherProfessionalsInvolved());
        apply(new CaseOpened(command.caseId(), command.area(), command.child(), command.professionals(),
                command.placement(), command.otherProfessionalsInvolved()));
    }

    @CommandHandler
    public void handle(CorrectChildDetails command, MetaData metaData, Clock clock) {
        Actor.of(metaData).requirePractitioner();
        ChildDetailsRules.requireValid(command.child(), LocalDate.now(clock));
        var changed = ChildDetailsRules.changedFields(child, command.child());
        if (changed.isEmpty()) {
            return; // nothing to correct: no event, so the history only shows real changes
        }
        apply(new ChildDetailsCorrected(caseId, command.child(), changed));
    }

    @CommandHandler
    public void handle(UpdateCaseDetails command, MetaData metaData) {
        Actor.of(metaData).requirePractitioner();
        var newProfessionals = command.professionals() == null ? List.<ProfessionalDetails>of()
                : List.copyOf(command.professionals());
        var newPlacement = isEmpty(command.placement()) ? null : command.placement();
        requireLength("placementAddressAndDetails", newPlacement == null ? null
                : newPlacement.placementAddressAndDetails());
        requireLength("otherProfessionalsInvolved", command.otherProfessionalsInvolved());
        List<String> changed = new ArrayList<>();
        if (!newProfessionals.equals(professionals)) {
            changed.add("professionals");
        }
        if (!Objects.equals(newPlacement, placement)) {
            changed.add("placement");
        }
        if (!Objects.equals(command.otherProfessionalsInvolved(), otherProfessionalsInvolved)) {
            changed.add("otherProfessionalsInvolved");
        }
        if (changed.isEmpty()) {
            return; // nothing to update: no event, so the history only shows real changes
        }
        apply(new CaseDetailsUpdated(caseId, newProfessionals, newPlacement, command.otherProfessionalsInvolved(),
                changed));
    }

    @CommandHandler
    public void handle(StartAssessment command, MetaData metaData, Clock clock) {
        Actor.of(metaData).requirePractitioner();
        var current = currentAssessment();
        if (current != null && current.status.open()) {
            throw CaseRuleException.wrongState("This case already has an assessment in progress ("
                    + current.status + "); it must be authorised before a new one is started.");
        }
        var date = command.assessmentDate();
        if (date == null) {
            throw CaseRuleException.invalid("The assessment date is required.");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw CaseRuleException.invalid("The assessment date cannot be in the future.");
        }
        if (date.isBefore(child.dateOfBirth())) {
            throw CaseRuleException.invalid("The assessment date cannot be before the child's date of birth.");
        }
        var previous = lastAuthorisedAssessmentId == null ? null : assessments.get(lastAuthorisedAssessmentId);
        if (previous != null && date.isBefore(previous.assessmentDate)) {
            throw CaseRuleException.invalid("The assessment date cannot be before the date of the previous "
                    + "authorised assessment (" + previous.assessmentDate + ").");
        }
        if (assessments.containsKey(command.assessmentId())) {
            throw CaseRuleException.wrongState("An assessment with this id already exists.");
        }
        List<CarriedForwardIndicator> carried = previous == null ? List.of() : previous.indicators.values().stream()
                .map(i -> new CarriedForwardIndicator(i.code, i.category, i.evidence))
                .toList();
        apply(new AssessmentStarted(caseId, command.assessmentId(), date, Catalogues.current().version(),
                previous == null ? null : previous.assessmentId, carried));
    }

    @CommandHandler
    public void handle(MarkIndicator command, MetaData metaData, Clock clock) {
        Actor.of(metaData).requirePractitioner();
        var assessment = editable(command.assessmentId());
        var item = catalogueOf(assessment).require(command.code());
        if (item.derived()) {
            throw new DerivedIndicatorException(item.code(), "“" + item.label()
                    + "” is worked out from the child's date of birth and cannot be marked by hand.");
        }
        var existing = assessment.indicators.get(item.code());
        if (existing != null && !existing.awaitingConfirmation) {
            throw CaseRuleException.wrongState("“" + item.label() + "” is already marked; add evidence to it instead.");
        }
        Evidence evidence = null;
        if (command.evidence() != null) {
            requireText("evidence", command.evidence());
            evidence = new Evidence(assessment.nextEvidenceId(), command.evidence(), null, null);
        }
        apply(new IndicatorMarked(caseId, assessment.assessmentId, item.code(), item.category().name(), evidence));
    }

    @CommandHandler
    public void handle(WithdrawIndicator command, MetaData metaData) {
        Actor.of(metaData).requirePractitioner();
        var assessment = editable(command.assessmentId());
        var item = catalogueOf(assessment).require(command.code());
        if (!assessment.indicators.containsKey(item.code())) {
            throw CaseRuleException.wrongState("“" + item.label() + "” is not marked in this assessment.");
        }
        requireText("reason", command.reason());
        apply(new IndicatorWithdrawn(caseId, assessment.assessmentId, item.code(), command.reason()));
    }

    @CommandHandler
    public void handle(AddEvidence command, MetaData metaData, Clock clock) {
        Actor.of(metaData).requirePractitioner();
        var assessment = editable(command.assessmentId());
        var item = catalogueOf(assessment).require(command.indicatorCode());
        if (!assessment.indicators.containsKey(item.code())) {
            throw CaseRuleException.wrongState("“" + item.label() + "” is not marked in this assessment; "
                    + "mark it before adding evidence.");
        }
        requireText("text", command.text());
        requireLength("source", command.source());
        if (command.observedOn() != null && command.observedOn().isAfter(LocalDate.now(clock))) {
            throw CaseRuleException.invalid("The date the evidence was observed cannot be in the future.");
        }
        apply(new EvidenceAdded(caseId, assessment.assessmentId, item.code(), new Evidence(
                assessment.nextEvidenceId(), command.text(), command.source(), command.observedOn())));
    }

    @CommandHandler
    public void handle(RecordAdditionalDetail command, MetaData metaData) {
        Actor.of(metaData).requirePractitioner();
        var assessment = editable(command.assessmentId());
        if (command.section() == null || !SECTIONS.contains(command.section())) {
            throw CaseRuleException.invalid("The section must be one of VULNERABILITY, LOW, MEDIUM or HIGH.");
        }
        requireLength("text", command.text());
        apply(new AdditionalDetailRecorded(caseId, assessment.assessmentId, command.section(),
                command.text() == null ? "" : command.text()));
    }

    @CommandHandler
    public void handle(RecordAnalysis command, MetaData metaData, RiskAssessor assessor) {
        Actor.of(metaData).requirePractitioner();
        var assessment = editable(command.assessmentId());
        requireText("analysis", command.analysis());
        var level = parseLevel(command.assessedLevel());
        requireLength("rationale", command.rationale());
        var outcome = outcomeOf(assessment, assessor);
        var check = ProfessionalJudgement.check(outcome, level, command.rationale());
        if (!check.accepted()) {
            throw new CaseRuleException(CaseRuleException.Kind.INVALID, String.join(" ", check.problems()),
                    check.problems());
        }
        apply(new AnalysisRecorded(caseId, assessment.assessmentId, command.analysis(),
                command.locationsOfConcern(), command.personsOfConcern(), level.name(), command.rationale(),
                check.downgrade()));
    }

    @CommandHandler
    public void handle(SubmitAssessment command, MetaData metaData, RiskAssessor assessor) {
        Actor.of(metaData).requirePractitioner();
        var assessment = editable(command.assessmentId());
        var catalogue = catalogueOf(assessment);
        List<String> unmet = new ArrayList<>();
        for (var indicator : assessment.indicators.values()) {
            var label = catalogue.require(indicator.code).label();
            if (indicator.awaitingConfirmation) {
                unmet.add("Confirm or withdraw the indicator carried forward from the previous assessment: “"
                        + label + "”.");
            } else if (!Category.VULNERABILITY.name().equals(indicator.category) && indicator.evidence.isEmpty()) {
                unmet.add("Evidence the " + indicator.category + " indicator “" + label
                        + "” (please ensure you evidence each of the risk indicators highlighted).");
            }
        }
        var outcome = outcomeOf(assessment, assessor);
        boolean downgrade = false;
        if (assessment.analysis == null) {
            unmet.add("Record the professional's analysis and the level the child is assessed as.");
        } else {
            var check = ProfessionalJudgement.check(outcome, RiskLevel.valueOf(assessment.assessedLevel),
                    assessment.rationale);
            unmet.addAll(check.problems());
            downgrade = check.downgrade();
        }
        if (!unmet.isEmpty()) {
            throw new CaseRuleException(CaseRuleException.Kind.WRONG_STATE, "The assessment cannot be submitted yet: "
                    + unmet.size() + (unmet.size() == 1 ? " requirement is" : " requirements are") + " not met.",
                    unmet);
        }
        var counts = outcome.counts();
        apply(new AssessmentSubmitted(caseId, assessment.assessmentId,
                new CategoryCounts(counts.vulnerability(), counts.low(), counts.medium(), counts.high()),
                outcome.suggestedLevel().name(), outcome.ruleFired(), outcome.floorApplied(),
                assessment.assessedLevel, downgrade, outcome.recommendedActions()));
    }

    @CommandHandler
    public void handle(AuthoriseAssessment command, MetaData metaData) {
        var actor = Actor.of(metaData);
        actor.requireManager("authorise");
        var assessment = submitted(command.assessmentId(), "authorised");
        if (assessment.contributors.contains(actor.userId())) {
            throw CaseRuleException.notPermitted("You contributed to this assessment, so another manager must "
                    + "authorise it (four-eyes rule).");
        }
        requireLength("comments", command.comments());
        apply(new ManagerAuthorised(caseId, assessment.assessmentId, assessment.assessedLevel, command.comments()));
    }

    @CommandHandler
    public void handle(ReturnAssessment command, MetaData metaData) {
        Actor.of(metaData).requireManager("return");
        var assessment = submitted(command.assessmentId(), "returned");
        requireText("reason", command.reason());
        apply(new AssessmentReturned(caseId, assessment.assessmentId, command.reason()));
    }

    // ---- state, rebuilt from events ----

    @EventSourcingHandler
    void on(CaseOpened event) {
        caseId = event.caseId();
        area = event.area();
        child = event.child();
        professionals = event.professionals();
        placement = event.placement();
        otherProfessionalsInvolved = event.otherProfessionalsInvolved();
    }

    @EventSourcingHandler
    void on(ChildDetailsCorrected event) {
        child = event.child();
    }

    @EventSourcingHandler
    void on(CaseDetailsUpdated event) {
        professionals = event.professionals();
        placement = event.placement();
        otherProfessionalsInvolved = event.otherProfessionalsInvolved();
    }

    @EventSourcingHandler
    void on(AssessmentStarted event, MetaData metaData) {
        var assessment = new Assessment(event.assessmentId(), event.assessmentDate(), event.catalogueVersion());
        for (var carried : event.carriedForward()) {
            assessment.indicators.put(carried.code(),
                    new Assessment.Indicator(carried.code(), carried.category(), true, carried.evidence()));
            assessment.evidenceCount += carried.evidence().size();
        }
        assessments.put(event.assessmentId(), assessment);
        currentAssessmentId = event.assessmentId();
        contributed(assessment, metaData);
    }

    @EventSourcingHandler
    void on(IndicatorMarked event, MetaData metaData) {
        var assessment = assessments.get(event.assessmentId());
        var indicator = assessment.indicators.computeIfAbsent(event.code(),
                code -> new Assessment.Indicator(code, event.category(), false, List.of()));
        indicator.awaitingConfirmation = false;
        if (event.evidence() != null) {
            indicator.evidence.add(event.evidence());
            assessment.evidenceCount++;
        }
        contributed(assessment, metaData);
    }

    @EventSourcingHandler
    void on(IndicatorWithdrawn event, MetaData metaData) {
        var assessment = assessments.get(event.assessmentId());
        assessment.indicators.remove(event.code());
        contributed(assessment, metaData);
    }

    @EventSourcingHandler
    void on(EvidenceAdded event, MetaData metaData) {
        var assessment = assessments.get(event.assessmentId());
        assessment.indicators.get(event.indicatorCode()).evidence.add(event.evidence());
        assessment.evidenceCount++;
        contributed(assessment, metaData);
    }

    @EventSourcingHandler
    void on(AdditionalDetailRecorded event, MetaData metaData) {
        contributed(assessments.get(event.assessmentId()), metaData);
    }

    @EventSourcingHandler
    void on(AnalysisRecorded event, MetaData metaData) {
        var assessment = assessments.get(event.assessmentId());
        assessment.analysis = event.analysis();
        assessment.assessedLevel = event.assessedLevel();
        assessment.rationale = event.rationale();
        contributed(assessment, metaData);
    }

    @EventSourcingHandler
    void on(AssessmentSubmitted event, MetaData metaData) {
        var assessment = assessments.get(event.assessmentId());
        assessment.status = AssessmentStatus.SUBMITTED;
        contributed(assessment, metaData);
    }

    @EventSourcingHandler
    void on(AssessmentReturned event) {
        assessments.get(event.assessmentId()).status = AssessmentStatus.RETURNED;
    }

    @EventSourcingHandler
    void on(ManagerAuthorised event) {
        assessments.get(event.assessmentId()).status = AssessmentStatus.AUTHORISED;
        lastAuthorisedAssessmentId = event.assessmentId();
    }

    // ---- helpers ----

    private static void contributed(Assessment assessment, MetaData metaData) {
        var userId = metaData.get(org.cseriskrecord.events.EventMetadata.USER_ID);
        if (userId != null) {
            assessment.contributors.add(userId.toString());
        }
    }

    private Assessment currentAssessment() {
        return currentAssessmentId == null ? null : assessments.get(currentAssessmentId);
    }

    private Assessment existing(String assessmentId) {
        var assessment = assessments.get(assessmentId);
        if (assessment == null) {
            throw new CaseRuleException(CaseRuleException.Kind.NOT_FOUND, "This case has no assessment " + assessmentId + ".");
        }
        return assessment;
    }

    private Assessment editable(String assessmentId) {
        var assessment = existing(assessmentId);
        if (!assessment.status.editable()) {
            throw CaseRuleException.wrongState(assessment.status == AssessmentStatus.AUTHORISED
                    ? "This assessment has been authorised and can no longer be changed; start a reassessment."
                    : "This assessment has been submitted for authorisation; a manager must return it before it "
                    + "can be changed.");
        }
        return assessment;
    }

    private Assessment submitted(String assessmentId, String action) {
        var assessment = existing(assessmentId);
        if (assessment.status != AssessmentStatus.SUBMITTED) {
            throw CaseRuleException.wrongState("Only a submitted assessment can be " + action + "; this one is "
                    + assessment.status + ".");
        }
        return assessment;
    }

    private static Catalogue catalogueOf(Assessment assessment) {
        return Catalogues.byVersion(assessment.catalogueVersion);
    }

    private RiskOutcome outcomeOf(Assessment assessment, RiskAssessor assessor) {
        return assessor.assess(new AssessmentFacts(assessment.catalogueVersion,
                Set.copyOf(assessment.indicators.keySet()), child.dateOfBirth(), child.learningDifficulty(),
                assessment.assessmentDate, area));
    }

    private static RiskLevel parseLevel(String value) {
        if (value == null) {
            throw CaseRuleException.invalid("The assessed level is required: NONE, LOW, MEDIUM or HIGH.");
        }
        try {
            return RiskLevel.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw CaseRuleException.invalid("The assessed level must be NONE, LOW, MEDIUM or HIGH.");
        }
    }

    /** A placement with nothing in it is no placement (as when a case is opened without one). */
    private static boolean isEmpty(PlacementDetails placement) {
        return placement == null || (isBlank(placement.placementType())
                && isBlank(placement.placementAddressAndDetails()));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw CaseRuleException.invalid("'" + field + "' must not be empty.");
        }
        requireLength(field, value);
    }

    private static void requireLength(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw CaseRuleException.invalid("'" + field + "' is longer than " + MAX_TEXT + " characters.");
        }
    }
}
