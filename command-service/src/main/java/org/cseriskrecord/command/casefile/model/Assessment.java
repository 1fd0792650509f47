package org.cseriskrecord.command.casefile.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.cseriskrecord.events.AnalysisRecorded;
import org.cseriskrecord.events.AssessingProfessional;
import org.cseriskrecord.events.AssessmentStarted;
import org.cseriskrecord.events.AssessmentStatus;
import org.cseriskrecord.events.Evidence;
import org.cseriskrecord.events.EvidenceAdded;
import org.cseriskrecord.events.IndicatorMarked;
import org.cseriskrecord.riskmodel.Answer;
import org.cseriskrecord.riskmodel.catalogue.Catalogue;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.cseriskrecord.riskmodel.catalogue.CatalogueTags;
import org.cseriskrecord.riskmodel.catalogue.Catalogues;
import org.cseriskrecord.riskmodel.catalogue.Category;
import org.cseriskrecord.riskmodel.judgement.JudgementCheck;
import org.cseriskrecord.riskmodel.judgement.ProfessionalJudgement;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.cseriskrecord.riskmodel.rules.RiskOutcome;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One assessment inside a {@link CaseRecord}: its state, rebuilt from events, and the rules that concern it alone —
 * whether it may still change, what it needs before it can be submitted or authorised, who may discard it or decide
 * on it, the ids of its evidence and who contributed. The case decides what needs the whole case (the child, the
 * last authorised level). Fields are visible to Jackson so the case can be snapshotted.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class Assessment {
    private String assessmentId;
    private LocalDate assessmentDate;
    private String catalogueVersion;
    private AssessmentStatus status;
    /** Who started it, and their agency: its author, who may discard it (as may a manager of that agency). */
    private String author;
    private String authorAgency;
    /** The agency of the practitioner who last submitted it: only its managers may authorise or return it. */
    private String submitterAgency;
    private AssessingProfessional completedBy;
    /** Active (marked or carried-forward, not withdrawn) items by code, in the order they were marked. */
    private Map<String, Indicator> indicators = new LinkedHashMap<>();
    private String analysis;
    private RiskLevel assessedLevel;
    private String rationale;
    /** The learning-difficulty answer the practitioner confirmed for this assessment, if any. */
    private Answer confirmedLearningDifficulty;
    private RiskLevel authorisedLevel;
    /** Everyone who wrote any part of it: none of them may authorise or return it. */
    private Set<String> contributors = new LinkedHashSet<>();
    private int evidenceCount;

    private Assessment() {
        // for snapshots
    }

    private Assessment(AssessmentStarted started, String author, String authorAgency) {
        this.assessmentId = started.assessmentId();
        this.assessmentDate = started.assessmentDate();
        this.catalogueVersion = started.catalogueVersion();
        this.status = AssessmentStatus.DRAFT;
        this.author = author;
        this.authorAgency = authorAgency;
        this.completedBy = started.completedBy();
        for (var carried : started.carriedForward()) {
            indicators.put(carried.code(), new Indicator(carried.code(), carried.category(), true, carried.evidence()));
            evidenceCount += carried.evidence().size();
        }
        contributors.add(author);
    }

    // ---- the events that change it ----

    static Assessment started(AssessmentStarted event, Actor actor) {
        return new Assessment(event, actor.userId(), actor.agency());
    }

    void marked(IndicatorMarked event, String userId) {
        var indicator = indicators.computeIfAbsent(event.code(),
                code -> new Indicator(code, event.category(), false, List.of()));
        indicator.awaitingConfirmation = false;
        if (event.evidence() != null) {
            indicator.evidence.add(event.evidence());
            evidenceCount++;
        }
        contributed(userId);
    }

    void withdrawn(String code, String userId) {
        indicators.remove(code);
        contributed(userId);
    }

    void evidenceAdded(EvidenceAdded event, String userId) {
        indicators.get(event.indicatorCode()).evidence.add(event.evidence());
        evidenceCount++;
        contributed(userId);
    }

    void analysed(AnalysisRecorded event, String userId) {
        analysis = event.analysis();
        assessedLevel = RiskLevel.valueOf(event.assessedLevel());
        rationale = event.rationale();
        contributed(userId);
    }

    void learningDifficultyConfirmed(Answer answer, String userId) {
        confirmedLearningDifficulty = answer;
        contributed(userId);
    }

    void professionalRecorded(AssessingProfessional professional, String userId) {
        completedBy = professional;
        contributed(userId);
    }

    void submitted(Actor submitter) {
        status = AssessmentStatus.SUBMITTED;
        submitterAgency = submitter.agency();
        contributed(submitter.userId());
    }

    void returned() {
        status = AssessmentStatus.RETURNED;
    }

    void authorised(RiskLevel level) {
        status = AssessmentStatus.AUTHORISED;
        authorisedLevel = level;
    }

    void discarded() {
        status = AssessmentStatus.DISCARDED;
    }

    /** Another part written by this user: they may no longer authorise or return it (four-eyes). */
    void contributed(String userId) {
        contributors.add(Objects.requireNonNull(userId, "the user who contributed"));
    }

    // ---- its rules ----

    void requireEditable() {
        if (!status.editable()) {
            throw CaseRuleException.wrongState(switch (status) {
                case AUTHORISED -> "This assessment has been authorised and can no longer be changed; start a "
                        + "reassessment.";
                case DISCARDED -> "This assessment has been discarded and can no longer be changed; start a new one.";
                default -> "This assessment has been submitted for authorisation; a manager must return it before it "
                        + "can be changed.";
            });
        }
    }

    void requireSubmitted(String action) {
        if (status != AssessmentStatus.SUBMITTED) {
            throw CaseRuleException.wrongState("Only a submitted assessment can be " + action + "; this one is "
                    + status + ".");
        }
    }

    /**
     * The oversight rule: only a submitted assessment can be decided on, only by a manager of the agency of the
     * practitioner who submitted it, and never by one who contributed to it (four-eyes).
     */
    void requireOversightBy(Actor manager, String action) {
        manager.requireManager(action);
        requireSubmitted(action.equals("authorise") ? "authorised" : "returned");
        if (submitterAgency == null || !submitterAgency.equals(manager.agency())) {
            throw CaseRuleException.notPermitted("Only a manager of the agency of the practitioner who submitted "
                    + "this assessment (" + (submitterAgency == null ? "not recorded" : submitterAgency) + ") can "
                    + action + " it.");
        }
        if (contributors.contains(manager.userId())) {
            throw CaseRuleException.notPermitted("You contributed to this assessment, so another manager must "
                    + action + " it (four-eyes rule).");
        }
    }

    /** Its author, or a manager of the author's agency, may discard it while it is a draft or returned. */
    void requireDiscardableBy(Actor actor) {
        actor.requirePractitioner();
        boolean author = actor.userId().equals(this.author);
        boolean authorsManager = actor.isManager() && authorAgency != null && authorAgency.equals(actor.agency());
        if (!author && !authorsManager) {
            throw CaseRuleException.notPermitted("Only the practitioner who started this assessment, or a manager of "
                    + "their agency, can discard it.");
        }
        if (!status.editable()) {
            throw CaseRuleException.wrongState(status == AssessmentStatus.SUBMITTED
                    ? "This assessment has been submitted; a manager must return it before it can be discarded."
                    : "Only a draft or returned assessment can be discarded; this one is " + status + ".");
        }
    }

    CatalogueItem markable(String code) {
        var item = catalogue().require(code);
        var existing = indicators.get(item.code());
        if (existing != null && !existing.awaitingConfirmation) {
            throw CaseRuleException.wrongState("“" + item.label() + "” is already marked; add evidence to it instead.");
        }
        return item;
    }

    /** The item with this code, which must be active (marked or carried forward) in this assessment. */
    CatalogueItem active(String code, String whatElse) {
        var item = catalogue().require(code);
        if (!indicators.containsKey(item.code())) {
            throw CaseRuleException.wrongState("“" + item.label() + "” is not marked in this assessment" + whatElse
                    + ".");
        }
        return item;
    }

    String nextEvidenceId() {
        return "E" + (evidenceCount + 1);
    }

    /** The judgement as it stands against the outcome and the child's last authorised level. */
    JudgementCheck judgement(RiskOutcome outcome, RiskLevel lastAuthorisedLevel) {
        return ProfessionalJudgement.check(outcome, assessedLevel, rationale, lastAuthorisedLevel);
    }

    /**
     * Everything that must hold before it can be submitted, and again when it is authorised: every carried-forward
     * indicator confirmed or withdrawn, every indicator evidenced, the learning-difficulty answer confirmed where an
     * item about learning difficulties is marked without it, an analysis whose level the judgement rules accept.
     */
    List<String> unmetRequirements(RiskOutcome outcome, RiskLevel lastAuthorisedLevel) {
        var catalogue = catalogue();
        List<String> unmet = new ArrayList<>();
        for (var indicator : indicators.values()) {
            var label = catalogue.require(indicator.code).label();
            if (indicator.awaitingConfirmation) {
                unmet.add("Confirm or withdraw the indicator carried forward from the previous assessment: “"
                        + label + "”.");
            } else if (!Category.VULNERABILITY.name().equals(indicator.category) && indicator.evidence.isEmpty()) {
                unmet.add("Evidence the " + indicator.category + " indicator “" + label
                        + "” (please ensure you evidence each of the risk indicators highlighted).");
            }
        }
        if (outcome.learningDifficultyToConfirm() && confirmedLearningDifficulty != outcome.learningDifficulty()) {
            unmet.add("“" + String.join("”, “", labelsTagged(catalogue, CatalogueTags.LEARNING_DIFFICULTY))
                    + "” is marked while the child's learning difficulty is recorded as "
                    + outcome.learningDifficulty() + ": check the child's details (the floor depends on them) and "
                    + "confirm the learning-difficulty answer for this assessment.");
        }
        if (analysis == null) {
            unmet.add("Record the professional's analysis and the level the child is assessed as.");
        } else {
            unmet.addAll(judgement(outcome, lastAuthorisedLevel).problems());
        }
        return unmet;
    }

    private List<String> labelsTagged(Catalogue catalogue, String tag) {
        return indicators.keySet().stream().filter(code -> catalogue.tags(code).contains(tag))
                .map(code -> catalogue.require(code).label()).toList();
    }

    Catalogue catalogue() {
        return Catalogues.byVersion(catalogueVersion);
    }

    // ---- what the case reads ----

    String assessmentId() {
        return assessmentId;
    }

    LocalDate assessmentDate() {
        return assessmentDate;
    }

    String catalogueVersion() {
        return catalogueVersion;
    }

    AssessmentStatus status() {
        return status;
    }

    RiskLevel assessedLevel() {
        return assessedLevel;
    }

    RiskLevel authorisedLevel() {
        return authorisedLevel;
    }

    AssessingProfessional completedBy() {
        return completedBy;
    }

    Set<String> activeCodes() {
        return Set.copyOf(indicators.keySet());
    }

    boolean isActive(String code) {
        return indicators.containsKey(code);
    }

    /** The active indicators with their evidence, to carry into a reassessment. */
    List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    // Value equality, so that a state rebuilt from events (or a snapshot) can be compared with the one before.
    @Override
    public boolean equals(Object o) {
        return o instanceof Assessment a && evidenceCount == a.evidenceCount
                && Objects.equals(assessmentId, a.assessmentId) && Objects.equals(assessmentDate, a.assessmentDate)
                && Objects.equals(catalogueVersion, a.catalogueVersion) && status == a.status
                && Objects.equals(author, a.author) && Objects.equals(authorAgency, a.authorAgency)
                && Objects.equals(submitterAgency, a.submitterAgency) && Objects.equals(completedBy, a.completedBy)
                && Objects.equals(indicators, a.indicators) && Objects.equals(analysis, a.analysis)
                && assessedLevel == a.assessedLevel && Objects.equals(rationale, a.rationale)
                && confirmedLearningDifficulty == a.confirmedLearningDifficulty && authorisedLevel == a.authorisedLevel
                && Objects.equals(contributors, a.contributors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(assessmentId, status, indicators.keySet());
    }

    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
            getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
    static class Indicator {
        private String code;
        private String category;
        /** Brought from the previous authorised assessment and not yet confirmed by marking it again. */
        private boolean awaitingConfirmation;
        private List<Evidence> evidence = new ArrayList<>();

        private Indicator() {
        }

        Indicator(String code, String category, boolean awaitingConfirmation, List<Evidence> evidence) {
            this.code = code;
            this.category = category;
            this.awaitingConfirmation = awaitingConfirmation;
            this.evidence = new ArrayList<>(evidence);
        }

        String code() {
            return code;
        }

        String category() {
            return category;
        }

        List<Evidence> evidence() {
            return List.copyOf(evidence);
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
