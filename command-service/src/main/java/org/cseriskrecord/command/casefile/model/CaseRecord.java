package org.cseriskrecord.command.casefile.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.cseriskrecord.command.casefile.model.Commands.AddEvidence;
import org.cseriskrecord.command.casefile.model.Commands.EraseCase;
import org.cseriskrecord.command.casefile.model.Commands.LiftLegalHold;
import org.cseriskrecord.command.casefile.model.Commands.PlaceLegalHold;
import org.cseriskrecord.command.casefile.model.Commands.AuthoriseAssessment;
import org.cseriskrecord.command.casefile.model.Commands.ConfirmLearningDifficulty;
import org.cseriskrecord.command.casefile.model.Commands.CorrectChildDetails;
import org.cseriskrecord.command.casefile.model.Commands.DiscardAssessment;
import org.cseriskrecord.command.casefile.model.Commands.MarkIndicator;
import org.cseriskrecord.command.casefile.model.Commands.OpenCase;
import org.cseriskrecord.command.casefile.model.Commands.RecordAdditionalDetail;
import org.cseriskrecord.command.casefile.model.Commands.RecordAnalysis;
import org.cseriskrecord.command.casefile.model.Commands.RecordAssessingProfessional;
import org.cseriskrecord.command.casefile.model.Commands.ReturnAssessment;
import org.cseriskrecord.command.casefile.model.Commands.RevokeShare;
import org.cseriskrecord.command.casefile.model.Commands.ShareCase;
import org.cseriskrecord.command.casefile.model.Commands.StartAssessment;
import org.cseriskrecord.command.casefile.model.Commands.SubmitAssessment;
import org.cseriskrecord.command.casefile.model.Commands.UpdateCaseDetails;
import org.cseriskrecord.command.casefile.model.Commands.WithdrawIndicator;
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
import org.cseriskrecord.events.CaseErased;
import org.cseriskrecord.events.LegalHoldLifted;
import org.cseriskrecord.events.LegalHoldPlaced;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.events.CaseShareRevoked;
import org.cseriskrecord.events.CaseShared;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.ChildDetailsCorrected;
import org.cseriskrecord.events.Evidence;
import org.cseriskrecord.events.EvidenceAdded;
import org.cseriskrecord.events.IndicatorMarked;
import org.cseriskrecord.events.IndicatorWithdrawn;
import org.cseriskrecord.events.LearningDifficultyConfirmed;
import org.cseriskrecord.events.ManagerAuthorised;
import org.cseriskrecord.events.PersonalData;
import org.cseriskrecord.events.PlacementDetails;
import org.cseriskrecord.events.ProfessionalDetails;
import org.cseriskrecord.riskmodel.Answer;
import org.cseriskrecord.riskmodel.DerivedIndicatorException;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.riskmodel.judgement.ProfessionalJudgement;
import org.cseriskrecord.riskmodel.pathway.Pathways;
import org.cseriskrecord.riskmodel.rules.AssessmentFacts;
import org.cseriskrecord.riskmodel.rules.RiskAssessor;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.cseriskrecord.riskmodel.rules.RiskOutcome;
import org.cseriskrecord.support.partnership.Partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;


/**
 * One child's case record: the child's details and every assessment made of them. It is the unit of consistency
 * (one assessment open at a time, reassessments carry forward the last authorised one, the last authorised level
 * against which a step-down is measured) and of ordering (one event stream per child). Every rule of the seed tool
 * that concerns what may be recorded is enforced here or in {@link Assessment}; the risk rules themselves come from
 * {@code risk-model}. Each rule is stated once: the requests' shape where they come in, the rules here.
 */
@Aggregate(snapshotTriggerDefinition = "caseSnapshotTrigger")
// The shape of the snapshot: raise it whenever a field is added or changes meaning. Axon then ignores snapshots of
// another revision and rebuilds the case from its events. Revision 2 added the professionals, the placement and the
// other professionals involved; revision 3 the assessments' own rules and state (authors, agencies, confirmed
// learning difficulty, authorised level, who completes it) and typed levels; revision 4 is stored encrypted with the
// case's key (all but the case id: the snapshot holds the child's details and every text of every assessment);
// revision 5 adds the opening agency and the agencies the case is shared with.
@Revision("5")
@PersonalData("child, professionals and third parties")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class CaseRecord {

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
    private String openingAgency;
    private Set<String> sharedWith = new LinkedHashSet<>();
    private boolean legalHold;
    private boolean erased;

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
        apply(metaData, new CaseOpened(command.caseId(), command.area(), command.child(), command.professionals(),
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
        apply(metaData, new ChildDetailsCorrected(caseId, command.child(), changed));
    }

    @CommandHandler
    public void handle(UpdateCaseDetails command, MetaData metaData) {
        Actor.of(metaData).requirePractitioner();
        var newProfessionals = command.professionals() == null ? List.<ProfessionalDetails>of()
                : List.copyOf(command.professionals());
        var newPlacement = isEmpty(command.placement()) ? null : command.placement();
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
        apply(metaData, new CaseDetailsUpdated(caseId, newProfessionals, newPlacement,
                command.otherProfessionalsInvolved(), changed));
    }

    @CommandHandler
    public void handle(StartAssessment command, MetaData metaData, Clock clock) {
        var actor = Actor.of(metaData);
        actor.requirePractitioner();
        var current = currentAssessment();
        if (current != null && current.status().open()) {
            throw CaseRuleException.wrongState("This case already has an assessment in progress ("
                    + current.status() + "); it must be authorised or discarded before a new one is started.");
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
        var previous = lastAuthorised();
        if (previous != null && date.isBefore(previous.assessmentDate())) {
            throw CaseRuleException.invalid("The assessment date cannot be before the date of the previous "
                    + "authorised assessment (" + previous.assessmentDate() + ").");
        }
        if (assessments.containsKey(command.assessmentId())) {
            throw CaseRuleException.wrongState("An assessment with this id already exists.");
        }
        List<CarriedForwardIndicator> carried = previous == null ? List.of() : previous.indicators().stream()
                .map(i -> new CarriedForwardIndicator(i.code(), i.category(), i.evidence()))
                .toList();
        // Until sign-in gives people's names, the signed-in user is named by their user id; either is editable.
        var completedBy = command.completedBy() != null ? command.completedBy()
                : new AssessingProfessional(actor.userId(), null, actor.agency(), null, null);
        apply(metaData, new AssessmentStarted(caseId, command.assessmentId(), date, Catalogues.current().version(),
                previous == null ? null : previous.assessmentId(), carried, completedBy));
    }

    @CommandHandler
    public void handle(MarkIndicator command, MetaData metaData) {
        Actor.of(metaData).requirePractitioner();
        var assessment = editable(command.assessmentId());
        var item = assessment.markable(command.code());
        if (item.derived()) {
            throw new DerivedIndicatorException(item.code(), "“" + item.label()
                    + "” is worked out from the child's date of birth and cannot be marked by hand.");
        }
        var evidence = command.evidence() == null ? null
                : new Evidence(assessment.nextEvidenceId(), command.evidence(), null, null);
        apply(metaData, new IndicatorMarked(caseId, assessment.assessmentId(), item.code(), item.category().name(),
                evidence));
    }

    @CommandHandler
    public void handle(WithdrawIndicator command, MetaData metaData) {
        Actor.of(metaData).requirePractitioner();
        var assessment = editable(command.assessmentId());
        var item = assessment.active(command.code(), "");
        apply(metaData, new IndicatorWithdrawn(caseId, assessment.assessmentId(), item.code(), command.reason()));
    }

    @CommandHandler
    public void handle(AddEvidence command, MetaData metaData, Clock clock) {
        Actor.of(metaData).requirePractitioner();
        var assessment = editable(command.assessmentId());
        var item = assessment.active(command.indicatorCode(), "; mark it before adding evidence");
        if (command.observedOn() != null && command.observedOn().isAfter(LocalDate.now(clock))) {
            throw CaseRuleException.invalid("The date the evidence was observed cannot be in the future.");
        }
        apply(metaData, new EvidenceAdded(caseId, assessment.assessmentId(), item.code(), new Evidence(
                assessment.nextEvidenceId(), command.text(), command.source(), command.observedOn())));
    }

    @CommandHandler
    public void handle(RecordAdditionalDetail command, MetaData metaData) {
        Actor.of(metaData).requirePractitioner();
        var assessment = editable(command.assessmentId());
        apply(metaData, new AdditionalDetailRecorded(caseId, assessment.assessmentId(), command.section().name(),
                command.text() == null ? "" : command.text()));
    }

    @CommandHandler
    public void handle(RecordAnalysis command, MetaData metaData, RiskAssessor assessor) {
        Actor.of(metaData).requirePractitioner();
        var assessment = editable(command.assessmentId());
        var check = ProfessionalJudgement.check(outcomeOf(assessment, assessor), command.assessedLevel(),
                command.rationale(), lastAuthorisedLevel());
        if (!check.accepted()) {
            throw new CaseRuleException(CaseRuleException.Kind.INVALID, String.join(" ", check.problems()),
                    check.problems());
        }
        apply(metaData, new AnalysisRecorded(caseId, assessment.assessmentId(), command.analysis(),
                command.locationsOfConcern(), command.personsOfConcern(), command.assessedLevel().name(),
                command.rationale(), check.downgrade()));
    }

    @CommandHandler
    public void handle(ConfirmLearningDifficulty command, MetaData metaData) {
        Actor.of(metaData).requirePractitioner();
        var assessment = editable(command.assessmentId());
        var recorded = learningDifficulty();
        if (command.learningDifficulty() != recorded) {
            throw CaseRuleException.wrongState("The child's details record the learning difficulty as " + recorded
                    + ", not " + command.learningDifficulty() + ": correct the child's details first, or confirm "
                    + recorded + ".");
        }
        apply(metaData, new LearningDifficultyConfirmed(caseId, assessment.assessmentId(), recorded.name()));
    }

    @CommandHandler
    public void handle(RecordAssessingProfessional command, MetaData metaData) {
        Actor.of(metaData).requirePractitioner();
        var assessment = editable(command.assessmentId());
        if (command.completedBy().equals(assessment.completedBy())) {
            return; // nothing changed: no event
        }
        apply(metaData, new AssessingProfessionalRecorded(caseId, assessment.assessmentId(),
                command.completedBy()));
    }

    @CommandHandler
    public void handle(SubmitAssessment command, MetaData metaData, RiskAssessor assessor) {
        Actor.of(metaData).requirePractitioner();
        var assessment = editable(command.assessmentId());
        var outcome = outcomeOf(assessment, assessor);
        var lastLevel = lastAuthorisedLevel();
        requireMet(assessment.unmetRequirements(outcome, lastLevel), "The assessment cannot be submitted yet");
        var check = assessment.judgement(outcome, lastLevel);
        var assessed = assessment.assessedLevel();
        apply(metaData, new AssessmentSubmitted(caseId, assessment.assessmentId(), outcome.counts(),
                outcome.suggestedLevel().name(), outcome.ruleFired(), outcome.floorApplied(), assessed.name(),
                check.downgrade(), outcome.recommendedActionsFor(assessed), outcome.responseLevel(assessed).name(),
                outcome.floorWithIndicators(), check.belowFloorWithIndicators(), outcome.learningDifficulty().name(),
                nameOf(lastLevel), check.stepDown()));
    }

    /**
     * Authorisation re-checks everything the submission checked, against the child's details as they stand now:
     * what no longer holds is refused (the manager returns the assessment instead). The manager may authorise a
     * level of their own, with a reason; it follows the same judgement rules.
     */
    @CommandHandler
    public void handle(AuthoriseAssessment command, MetaData metaData, RiskAssessor assessor) {
        var manager = Actor.of(metaData);
        manager.requireManager("authorise");
        var assessment = existing(command.assessmentId());
        assessment.requireOversightBy(manager, "authorise");
        var outcome = outcomeOf(assessment, assessor);
        var lastLevel = lastAuthorisedLevel();
        requireMet(assessment.unmetRequirements(outcome, lastLevel), "This assessment no longer meets what its "
                + "submission required (the child's details or the rules have changed since); return it to the "
                + "practitioner to put it right");
        var assessed = assessment.assessedLevel();
        var level = command.level() == null ? assessed : command.level();
        boolean ownLevel = level != assessed;
        if (ownLevel && (command.levelRationale() == null || command.levelRationale().isBlank())) {
            throw CaseRuleException.invalid("You are authorising " + level + " where the practitioner assessed "
                    + assessed + ": please give your reason for a different level.");
        }
        var check = ownLevel ? ProfessionalJudgement.check(outcome, level, command.levelRationale(), lastLevel)
                : assessment.judgement(outcome, lastLevel); // accepted: the re-check above found nothing unmet
        if (!check.accepted()) {
            throw new CaseRuleException(CaseRuleException.Kind.INVALID, String.join(" ", check.problems()),
                    check.problems());
        }
        apply(metaData, new ManagerAuthorised(caseId, assessment.assessmentId(), assessed.name(), command.comments(),
                level.name(), ownLevel ? command.levelRationale() : null, outcome.responseLevel(level).name(),
                outcome.recommendedActionsFor(level), nameOf(lastLevel), check.stepDown(),
                check.belowFloorWithIndicators()));
    }

    @CommandHandler
    public void handle(ReturnAssessment command, MetaData metaData) {
        var manager = Actor.of(metaData);
        manager.requireManager("return");
        var assessment = existing(command.assessmentId());
        assessment.requireOversightBy(manager, "return");
        apply(metaData, new AssessmentReturned(caseId, assessment.assessmentId(), command.reason()));
    }

    @CommandHandler
    public void handle(DiscardAssessment command, MetaData metaData) {
        var assessment = existing(command.assessmentId());
        assessment.requireDiscardableBy(Actor.of(metaData));
        apply(metaData, new AssessmentDiscarded(caseId, assessment.assessmentId(), command.reason()));
    }

    /**
     * Need-to-know: a practitioner or manager of an agency already involved shares the case with another agency of
     * the partnership, saying why. To anyone else the case does not exist.
     */
    @CommandHandler
    public void handle(ShareCase command, MetaData metaData, Partnership partnership) {
        var actor = Actor.of(metaData);
        actor.requirePractitioner();
        requireInvolved(actor);
        if (!partnership.isAgency(command.agency())) {
            throw CaseRuleException.invalid("The agency must be one of the partnership's: "
                    + String.join(", ", partnership.agencies()) + ".");
        }
        if (involves(command.agency())) {
            throw CaseRuleException.wrongState(command.agency() + " is already involved in this case.");
        }
        apply(metaData, new CaseShared(caseId, command.agency(), command.reason()));
    }

    /** Only a manager of the agency that opened the case ends a share; the opening agency itself stays involved. */
    @CommandHandler
    public void handle(RevokeShare command, MetaData metaData) {
        var actor = Actor.of(metaData);
        requireInvolved(actor);
        if (!actor.isManager() || !openingAgency.equals(actor.agency())) {
            throw CaseRuleException.notPermitted("Only a manager of the agency that opened the case ("
                    + openingAgency + ") can revoke a share.");
        }
        if (!sharedWith.contains(command.agency())) {
            throw CaseRuleException.wrongState("The case is not shared with " + command.agency()
                    + (openingAgency.equals(command.agency()) ? ": it is the agency that opened it." : "."));
        }
        apply(metaData, new CaseShareRevoked(caseId, command.agency(), command.reason()));
    }

    private boolean involves(String agency) {
        return agency != null && (agency.equals(openingAgency) || sharedWith.contains(agency));
    }

    private void requireInvolved(Actor actor) {
        if (!involves(actor.agency())) {
            throw new CaseRuleException(CaseRuleException.Kind.NOT_FOUND, "There is no case with id " + caseId + ".");
        }
    }

    // ---- records management (ADMIN) ----

    /** Nothing can be recorded for an erased case: every command is refused before its handler runs. */
    @CommandHandlerInterceptor
    Object refuseOnceErased(InterceptorChain chain) throws Exception {
        if (erased) {
            throw new CaseRuleException(CaseRuleException.Kind.GONE, "The personal data of this case has been "
                    + "erased; nothing more can be recorded for it.");
        }
        return chain.proceed();
    }

    @CommandHandler
    public void handle(PlaceLegalHold command, MetaData metaData) {
        Actor.of(metaData).requireAdmin("place a legal hold");
        requireReason(command.reason(), "A legal hold needs a reason");
        if (legalHold) {
            throw CaseRuleException.wrongState("This case is already under a legal hold.");
        }
        apply(metaData, new LegalHoldPlaced(caseId, command.reason()));
    }

    @CommandHandler
    public void handle(LiftLegalHold command, MetaData metaData) {
        Actor.of(metaData).requireAdmin("lift a legal hold");
        requireReason(command.reason(), "Lifting a legal hold needs a reason");
        if (!legalHold) {
            throw CaseRuleException.wrongState("This case is not under a legal hold.");
        }
        apply(metaData, new LegalHoldLifted(caseId, command.reason()));
    }

    /**
     * Erases the child's personal data: records {@link CaseErased} and destroys the case's key, before the event
     * is committed. If the commit then fails, the data is erased all the same and the request can be repeated; the
     * other order could record the erasure while the key still opens the data (docs/adr/050-crypto-shredding.md).
     */
    @CommandHandler
    public void handle(EraseCase command, MetaData metaData, KeyShredder keys) {
        Actor.of(metaData).requireAdmin("erase a case");
        requireReason(command.reason(), "An erasure needs a reason");
        if (legalHold) {
            throw CaseRuleException.wrongState("This case is under a legal hold and cannot be erased; the hold "
                    + "must be lifted first.");
        }
        apply(metaData, new CaseErased(caseId, command.reason()));
        keys.destroyKeyOf(caseId);
    }

    private static void requireReason(String reason, String refusal) {
        if (reason == null || reason.isBlank()) {
            throw CaseRuleException.invalid(refusal + ".");
        }
    }

    // ---- state, rebuilt from events ----

    @EventSourcingHandler
    void on(LegalHoldPlaced event) {
        legalHold = true;
    }

    @EventSourcingHandler
    void on(LegalHoldLifted event) {
        legalHold = false;
    }

    /** Nothing personal is kept once erased; what remains only refuses further commands. */
    @EventSourcingHandler
    void on(CaseErased event) {
        erased = true;
        legalHold = false;
        child = null;
        professionals = List.of();
        placement = null;
        otherProfessionalsInvolved = null;
        assessments = new LinkedHashMap<>();
        currentAssessmentId = null;
        lastAuthorisedAssessmentId = null;
    }

    @EventSourcingHandler
    void on(CaseShared event) {
        sharedWith.add(event.agency());
    }

    @EventSourcingHandler
    void on(CaseShareRevoked event) {
        sharedWith.remove(event.agency());
    }

    @EventSourcingHandler
    void on(CaseOpened event, MetaData metaData) {
        openingAgency = actorOf(metaData, event).agency();
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
        assessments.put(event.assessmentId(), Assessment.started(event, actorOf(metaData, event)));
        currentAssessmentId = event.assessmentId();
    }

    @EventSourcingHandler
    void on(IndicatorMarked event, MetaData metaData) {
        assessments.get(event.assessmentId()).marked(event, userOf(metaData, event));
    }

    @EventSourcingHandler
    void on(IndicatorWithdrawn event, MetaData metaData) {
        assessments.get(event.assessmentId()).withdrawn(event.code(), userOf(metaData, event));
    }

    @EventSourcingHandler
    void on(EvidenceAdded event, MetaData metaData) {
        assessments.get(event.assessmentId()).evidenceAdded(event, userOf(metaData, event));
    }

    @EventSourcingHandler
    void on(AdditionalDetailRecorded event, MetaData metaData) {
        assessments.get(event.assessmentId()).contributed(userOf(metaData, event));
    }

    @EventSourcingHandler
    void on(AnalysisRecorded event, MetaData metaData) {
        assessments.get(event.assessmentId()).analysed(event, userOf(metaData, event));
    }

    @EventSourcingHandler
    void on(LearningDifficultyConfirmed event, MetaData metaData) {
        // Null only in an erased case's history (the value's key is gone), which is never changed again.
        assessments.get(event.assessmentId()).learningDifficultyConfirmed(event.learningDifficulty() == null ? null
                : Answer.valueOf(event.learningDifficulty()), userOf(metaData, event));
    }

    @EventSourcingHandler
    void on(AssessingProfessionalRecorded event, MetaData metaData) {
        assessments.get(event.assessmentId()).professionalRecorded(event.completedBy(),
                userOf(metaData, event));
    }

    @EventSourcingHandler
    void on(AssessmentSubmitted event, MetaData metaData) {
        assessments.get(event.assessmentId()).submitted(actorOf(metaData, event));
    }

    @EventSourcingHandler
    void on(AssessmentReturned event) {
        assessments.get(event.assessmentId()).returned();
    }

    @EventSourcingHandler
    void on(ManagerAuthorised event) {
        assessments.get(event.assessmentId()).authorised(RiskLevel.valueOf(event.authorisedLevel()));
        lastAuthorisedAssessmentId = event.assessmentId();
    }

    @EventSourcingHandler
    void on(AssessmentDiscarded event) {
        assessments.get(event.assessmentId()).discarded();
    }

    // ---- helpers ----

    /**
     * Records an event with the command's metadata: who did it travels with every event explicitly, so the
     * four-eyes bookkeeping never depends on configuration.
     */
    private static void apply(MetaData metaData, Object event) {
        AggregateLifecycle.apply(event, metaData);
    }

    private static Actor actorOf(MetaData metaData, Object event) {
        return Actor.ofEvent(metaData, event.getClass().getSimpleName());
    }

    private static String userOf(MetaData metaData, Object event) {
        return actorOf(metaData, event).userId();
    }

    private Assessment currentAssessment() {
        return currentAssessmentId == null ? null : assessments.get(currentAssessmentId);
    }

    private Assessment lastAuthorised() {
        return lastAuthorisedAssessmentId == null ? null : assessments.get(lastAuthorisedAssessmentId);
    }

    /** The level the child was last authorised at (the case's risk level), or null before the first. */
    private RiskLevel lastAuthorisedLevel() {
        var last = lastAuthorised();
        return last == null ? null : last.authorisedLevel();
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
        assessment.requireEditable();
        return assessment;
    }

    private Answer learningDifficulty() {
        return Answer.valueOf(child.learningDifficulty());
    }

    private RiskOutcome outcomeOf(Assessment assessment, RiskAssessor assessor) {
        return assessor.assess(new AssessmentFacts(assessment.catalogueVersion(), assessment.activeCodes(),
                child.dateOfBirth(), learningDifficulty(), assessment.assessmentDate(), area));
    }

    private static void requireMet(List<String> unmet, String refusal) {
        if (!unmet.isEmpty()) {
            throw new CaseRuleException(CaseRuleException.Kind.WRONG_STATE, refusal + ": " + unmet.size()
                    + (unmet.size() == 1 ? " requirement is" : " requirements are") + " not met.", unmet);
        }
    }

    private static String nameOf(RiskLevel level) {
        return level == null ? null : level.name();
    }

    /** A placement with nothing in it is no placement (as when a case is opened without one). */
    private static boolean isEmpty(PlacementDetails placement) {
        return placement == null || (isBlank(placement.placementType())
                && isBlank(placement.placementAddressAndDetails()));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
