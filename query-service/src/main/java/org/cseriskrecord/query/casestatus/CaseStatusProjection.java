package org.cseriskrecord.query.casestatus;

import org.cseriskrecord.events.AdditionalDetailRecorded;
import org.cseriskrecord.events.AnalysisRecorded;
import org.cseriskrecord.events.AssessingProfessional;
import org.cseriskrecord.events.AssessingProfessionalRecorded;
import org.cseriskrecord.events.AssessmentDiscarded;
import org.cseriskrecord.events.AssessmentReturned;
import org.cseriskrecord.events.AssessmentStarted;
import org.cseriskrecord.events.AssessmentStatus;
import org.cseriskrecord.events.AssessmentSubmitted;
import org.cseriskrecord.events.CarriedForwardIndicator;
import org.cseriskrecord.events.CaseDetailsUpdated;
import org.cseriskrecord.events.CaseErased;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.ChildDetailsCorrected;
import org.cseriskrecord.events.Evidence;
import org.cseriskrecord.events.EvidenceAdded;
import org.cseriskrecord.events.IndicatorMarked;
import org.cseriskrecord.events.IndicatorWithdrawn;
import org.cseriskrecord.events.LearningDifficultyConfirmed;
import org.cseriskrecord.events.ManagerAuthorised;
import org.cseriskrecord.query.QueryProperties;
import org.cseriskrecord.query.consumption.CaseProjection;
import org.cseriskrecord.query.consumption.ProjectedEvent;
import org.cseriskrecord.query.outcome.OutcomeCalculator;
import org.cseriskrecord.query.outcome.OutcomeView;
import org.cseriskrecord.query.storage.Columns;
import org.cseriskrecord.query.storage.StoredJson;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;

/**
 * Projection "case status": the child, the professionals, the current risk level (the assessed level of the latest
 * authorised assessment) and each assessment with its active indicators, evidence, judgement and the tool's
 * suggestion. The suggestion is recomputed by the risk model on every change of the indicators or the child's
 * details while the assessment is editable; once submitted it is what the submission recorded.
 */
@Component
public class CaseStatusProjection implements CaseProjection {

    private static final Logger log = LoggerFactory.getLogger(CaseStatusProjection.class);

    private final JdbcClient jdbc;
    private final OutcomeCalculator calculator;
    private final StoredJson json;
    private final ZoneId zone;

    public CaseStatusProjection(JdbcClient jdbc, OutcomeCalculator calculator, QueryProperties properties,
                                StoredJson json) {
        this.json = json;
        this.jdbc = jdbc;
        this.calculator = calculator;
        this.zone = properties.timeZone();
    }

    @Override
    public String name() {
        return "case-status";
    }

    @Override
    public java.util.List<String> tables() {
        return java.util.List.of("case_status_evidence", "case_status_indicator", "case_status_assessment", "case_status");
    }

    @Override
    public void apply(ProjectedEvent e) {
        var event = e.event();
        if (event instanceof CaseOpened opened) {
            opened(e, opened);
        } else if (event instanceof ChildDetailsCorrected corrected) {
            childCorrected(corrected);
        } else if (event instanceof CaseDetailsUpdated updated) {
            detailsUpdated(updated);
        } else if (event instanceof AssessmentStarted started) {
            started(e, started);
        } else if (event instanceof IndicatorMarked marked) {
            marked(e, marked);
        } else if (event instanceof IndicatorWithdrawn withdrawn) {
            withdrawn(withdrawn);
        } else if (event instanceof EvidenceAdded added) {
            evidenceAdded(e, added);
        } else if (event instanceof AdditionalDetailRecorded detail) {
            additionalDetail(detail);
        } else if (event instanceof AnalysisRecorded analysis) {
            analysis(analysis);
        } else if (event instanceof AssessmentSubmitted submitted) {
            submitted(e, submitted);
        } else if (event instanceof AssessmentReturned returned) {
            returned(e, returned);
        } else if (event instanceof ManagerAuthorised authorised) {
            authorised(e, authorised);
        } else if (event instanceof AssessmentDiscarded discarded) {
            discarded(e, discarded);
        } else if (event instanceof LearningDifficultyConfirmed confirmed) {
            assessmentColumn(confirmed.assessmentId(), "learning_difficulty_confirmed", confirmed.learningDifficulty());
        } else if (event instanceof AssessingProfessionalRecorded professional) {
            completedBy(professional.assessmentId(), professional.completedBy());
        } else if (event instanceof CaseErased) {
            erase(e.caseId());
        }
        jdbc.sql("update case_status set updated_at = :at where case_id = :caseId")
                .param("at", ts(e.occurredAt()))
                .param("caseId", e.caseId())
                .update();
    }

    /**
     * Erasure (ADR 050, 095): every personal column of this projection's tables is emptied; the rows stay, so the
     * case's level, dates, statuses and indicators still count (the case list, the dashboard and the trends read
     * them through views). The tool's suggestion was worked out from the child's age and learning difficulty: the
     * outcome goes with them.
     */
    private void erase(String caseId) {
        jdbc.sql("""
                        update case_status set child = null, professionals = '[]', placement = null,
                               other_professionals_involved = null
                        where case_id = :caseId""")
                .param("caseId", caseId)
                .update();
        jdbc.sql("""
                        update case_status_assessment set rationale = null, analysis = null, locations_of_concern = '[]',
                               persons_of_concern = '[]', additional_detail = '{}', returned_reason = null,
                               manager_comments = null, completed_by = null, level_rationale = null,
                               discarded_reason = null, outcome = null
                        where case_id = :caseId""")
                .param("caseId", caseId)
                .update();
        jdbc.sql("""
                        update case_status_evidence set text = null, source = null
                        where assessment_id in (select assessment_id from case_status_assessment where case_id = :caseId)""")
                .param("caseId", caseId)
                .update();
    }

    private void opened(ProjectedEvent e, CaseOpened opened) {
        jdbc.sql("""
                        insert into case_status (case_id, area, child, professionals, placement,
                                                 other_professionals_involved, updated_at)
                        values (:caseId, :area, cast(:child as jsonb), cast(:professionals as jsonb),
                                cast(:placement as jsonb), :others, :at)
                        on conflict (case_id) do nothing""")
                .param("caseId", opened.caseId())
                .param("area", opened.area())
                .param("child", write(opened.child()))
                .param("professionals", write(opened.professionals()))
                .param("placement", write(opened.placement()))
                .param("others", opened.otherProfessionalsInvolved())
                .param("at", ts(e.occurredAt()))
                .update();
    }

    private void childCorrected(ChildDetailsCorrected corrected) {
        jdbc.sql("update case_status set child = cast(:child as jsonb) where case_id = :caseId")
                .param("child", write(corrected.child()))
                .param("caseId", corrected.caseId())
                .update();
        // The floor depends on the date of birth and the learning difficulty: recompute what is still editable.
        jdbc.sql("""
                        select assessment_id from case_status_assessment
                        where case_id = :caseId and status in (:editable)""")
                .param("caseId", corrected.caseId())
                .param("editable", Arrays.stream(AssessmentStatus.values()).filter(AssessmentStatus::editable)
                        .map(Enum::name).toList())
                .query(String.class)
                .list()
                .forEach(this::recompute);
    }

    private void detailsUpdated(CaseDetailsUpdated updated) {
        // The event carries all three values as they now are; none of them changes the tool's suggestion.
        jdbc.sql("""
                        update case_status
                        set professionals = cast(:professionals as jsonb), placement = cast(:placement as jsonb),
                            other_professionals_involved = :others
                        where case_id = :caseId""")
                .param("professionals", write(updated.professionals()))
                .param("placement", write(updated.placement()))
                .param("others", updated.otherProfessionalsInvolved())
                .param("caseId", updated.caseId())
                .update();
    }

    private void started(ProjectedEvent e, AssessmentStarted started) {
        jdbc.sql("""
                        insert into case_status_assessment (assessment_id, case_id, started_sequence, status,
                            assessment_date, catalogue_version, previous_assessment_id, started_by, started_at,
                            last_authorised_level)
                        values (:assessmentId, :caseId, :sequence, 'DRAFT', :date, :version, :previous, :by, :at,
                                (select risk_level from case_status where case_id = :caseId))
                        on conflict (assessment_id) do nothing""")
                .param("assessmentId", started.assessmentId())
                .param("caseId", started.caseId())
                .param("sequence", e.sequence())
                .param("date", Date.valueOf(started.assessmentDate()))
                .param("version", started.catalogueVersion())
                .param("previous", started.previousAssessmentId())
                .param("by", e.actor())
                .param("at", ts(e.occurredAt()))
                .update();
        completedBy(started.assessmentId(), started.completedBy());
        for (CarriedForwardIndicator carried : started.carriedForward()) {
            jdbc.sql("""
                            insert into case_status_indicator (assessment_id, code, category, state)
                            values (:assessmentId, :code, :category, 'CARRIED_FORWARD')
                            on conflict (assessment_id, code) do nothing""")
                    .param("assessmentId", started.assessmentId())
                    .param("code", carried.code())
                    .param("category", category(started.catalogueVersion(), carried.code(), carried.category()))
                    .update();
            for (Evidence evidence : carried.evidence()) {
                var original = originalEvidence(started.previousAssessmentId(), carried.code(), evidence.evidenceId());
                addEvidence(started.assessmentId(), carried.code(), evidence,
                        original.map(EvidenceOrigin::addedBy).orElse(null),
                        original.map(EvidenceOrigin::addedAt).orElse(null));
            }
        }
        jdbc.sql("update case_status set current_assessment_id = :assessmentId where case_id = :caseId")
                .param("assessmentId", started.assessmentId())
                .param("caseId", started.caseId())
                .update();
        recompute(started.assessmentId());
    }

    private void marked(ProjectedEvent e, IndicatorMarked marked) {
        var version = catalogueVersion(marked.assessmentId());
        // Marking a carried-forward indicator confirms it; marking a marked one adds its evidence, if any.
        jdbc.sql("""
                        insert into case_status_indicator (assessment_id, code, category, state)
                        values (:assessmentId, :code, :category, 'MARKED')
                        on conflict (assessment_id, code) do update set state = 'MARKED'""")
                .param("assessmentId", marked.assessmentId())
                .param("code", marked.code())
                .param("category", category(version.orElse(null), marked.code(), marked.category()))
                .update();
        if (marked.evidence() != null) {
            addEvidence(marked.assessmentId(), marked.code(), marked.evidence(), e.actor(), e.occurredAt());
        }
        recompute(marked.assessmentId());
    }

    private void withdrawn(IndicatorWithdrawn withdrawn) {
        // The indicator and its evidence leave the status; the history keeps both, with the reason.
        jdbc.sql("delete from case_status_evidence where assessment_id = :assessmentId and indicator_code = :code")
                .param("assessmentId", withdrawn.assessmentId())
                .param("code", withdrawn.code())
                .update();
        jdbc.sql("delete from case_status_indicator where assessment_id = :assessmentId and code = :code")
                .param("assessmentId", withdrawn.assessmentId())
                .param("code", withdrawn.code())
                .update();
        recompute(withdrawn.assessmentId());
    }

    private void evidenceAdded(ProjectedEvent e, EvidenceAdded added) {
        boolean active = jdbc.sql("""
                        select count(*) from case_status_indicator where assessment_id = :assessmentId and code = :code""")
                .param("assessmentId", added.assessmentId())
                .param("code", added.indicatorCode())
                .query(Integer.class)
                .single() > 0;
        if (!active) {
            log.warn("Evidence {} of event {} is for indicator {}, which is not active in assessment {}; "
                    + "kept in the history only", added.evidence() == null ? null : added.evidence().evidenceId(),
                    e.eventId(), added.indicatorCode(), added.assessmentId());
            return;
        }
        if (added.evidence() != null) {
            addEvidence(added.assessmentId(), added.indicatorCode(), added.evidence(), e.actor(), e.occurredAt());
        }
    }

    private void additionalDetail(AdditionalDetailRecorded detail) {
        jdbc.sql("""
                        update case_status_assessment
                        set additional_detail = additional_detail || jsonb_build_object(cast(:section as text),
                                                                                         cast(:text as text))
                        where assessment_id = :assessmentId""")
                .param("section", detail.section())
                .param("text", detail.text())
                .param("assessmentId", detail.assessmentId())
                .update();
    }

    private void analysis(AnalysisRecorded analysis) {
        jdbc.sql("""
                        update case_status_assessment
                        set analysis = :analysis, locations_of_concern = cast(:locations as jsonb),
                            persons_of_concern = cast(:persons as jsonb), assessed_level = :level,
                            rationale = :rationale, downgrade = :downgrade
                        where assessment_id = :assessmentId""")
                .param("analysis", analysis.analysis())
                .param("locations", write(analysis.locationsOfConcern()))
                .param("persons", write(analysis.personsOfConcern()))
                .param("level", analysis.assessedLevel())
                .param("rationale", analysis.rationale())
                .param("downgrade", analysis.downgrade())
                .param("assessmentId", analysis.assessmentId())
                .update();
        recompute(analysis.assessmentId()); // the response and the flags follow the judgement
    }

    private void submitted(ProjectedEvent e, AssessmentSubmitted submitted) {
        var computed = computeOutcome(submitted.assessmentId()).map(OutcomeCalculator.Assessed::outcome)
                .orElse(OutcomeView.unavailable(null));
        var counts = submitted.counts();
        // Revision 2 records the response of the higher level; revision 1 that of the suggestion (as its responseLevel
        // says). The outcome keeps the suggestion's own actions beside it.
        var suggestionActions = submitted.responseLevel() != null
                && submitted.responseLevel().equals(submitted.suggestedLevel()) ? submitted.recommendedActions()
                : computed.responses().getOrDefault(submitted.suggestedLevel(), computed.recommendedActions());
        var asSubmitted = computed.asSubmitted(counts, submitted.suggestedLevel(), submitted.ruleFired(),
                submitted.floorApplied(), suggestionActions, submitted.learningDifficulty(),
                submitted.floorWithIndicators());
        jdbc.sql("""
                        update case_status_assessment
                        set status = 'SUBMITTED', submitted_by = :by, submitted_at = :at, outcome = cast(:outcome as jsonb),
                            assessed_level = coalesce(:level, assessed_level), downgrade = :downgrade,
                            response_level = :responseLevel, recommended_actions = cast(:actions as jsonb),
                            below_floor_with_indicators = :belowFloor, step_down = :stepDown,
                            last_authorised_level = coalesce(:lastLevel, last_authorised_level)
                        where assessment_id = :assessmentId""")
                .param("by", e.actor())
                .param("at", ts(e.occurredAt()))
                .param("outcome", write(asSubmitted))
                .param("level", submitted.assessedLevel())
                .param("downgrade", submitted.downgrade())
                .param("responseLevel", submitted.responseLevel())
                .param("actions", write(submitted.recommendedActions()))
                .param("belowFloor", submitted.belowFloorWithIndicators())
                .param("stepDown", submitted.stepDown() || below(submitted.assessedLevel(),
                        lastAuthorisedLevel(submitted.assessmentId())))
                .param("lastLevel", submitted.lastAuthorisedLevel())
                .param("assessmentId", submitted.assessmentId())
                .update();
    }

    private void returned(ProjectedEvent e, AssessmentReturned returned) {
        decided(e, returned.assessmentId(), AssessmentStatus.RETURNED, "returned", returned.reason());
        recompute(returned.assessmentId()); // editable again: the suggestion follows the record from now on
    }

    private void authorised(ProjectedEvent e, ManagerAuthorised authorised) {
        // Revision 1 recorded neither the response nor the flags: the submission's stand, and a step-down is what
        // this record itself knows (the level authorised before).
        boolean recorded = authorised.responseLevel() != null;
        jdbc.sql("""
                        update case_status_assessment
                        set status = 'AUTHORISED', authorised_by = :by, authorised_at = :at, manager_comments = :comments,
                            assessed_level = coalesce(:level, assessed_level), authorised_level = :authorisedLevel,
                            level_rationale = :levelRationale,
                            response_level = case when :recorded then :responseLevel else response_level end,
                            recommended_actions = case when :recorded then cast(:actions as jsonb)
                                                       else recommended_actions end,
                            below_floor_with_indicators = case when :recorded then :belowFloor
                                                               else below_floor_with_indicators end,
                            step_down = :stepDown
                        where assessment_id = :assessmentId""")
                .param("by", e.actor())
                .param("at", ts(e.occurredAt()))
                .param("comments", authorised.comments())
                .param("level", authorised.assessedLevel())
                .param("authorisedLevel", authorised.authorisedLevel())
                .param("levelRationale", authorised.levelRationale())
                .param("recorded", recorded)
                .param("responseLevel", authorised.responseLevel())
                .param("actions", write(authorised.recommendedActions()))
                .param("belowFloor", authorised.belowFloorWithIndicators())
                .param("stepDown", authorised.stepDown() || below(authorised.authorisedLevel(),
                        lastAuthorisedLevel(authorised.assessmentId())))
                .param("assessmentId", authorised.assessmentId())
                .update();
        jdbc.sql("""
                        update case_status
                        set risk_level = :level, risk_level_since = :since, risk_level_assessment_id = :assessmentId
                        where case_id = :caseId""")
                .param("level", authorised.authorisedLevel())
                .param("since", Date.valueOf(LocalDate.ofInstant(e.occurredAt(), zone)))
                .param("assessmentId", authorised.assessmentId())
                .param("caseId", authorised.caseId())
                .update();
    }

    private void discarded(ProjectedEvent e, AssessmentDiscarded discarded) {
        // The draft stays in the record, as discarded: never counted, never the case's level.
        decided(e, discarded.assessmentId(), AssessmentStatus.DISCARDED, "discarded", discarded.reason());
    }

    /**
     * A step that changes the status with a reason, a person and a time.
     *
     * @param columns the prefix of its reason, by and at columns: {@code returned} or {@code discarded}
     */
    private void decided(ProjectedEvent e, String assessmentId, AssessmentStatus status, String columns, String reason) {
        jdbc.sql("update case_status_assessment set status = :status, " + columns + "_reason = :reason, "
                        + columns + "_by = :by, " + columns + "_at = :at where assessment_id = :assessmentId")
                .param("status", status.name())
                .param("reason", reason)
                .param("by", e.actor())
                .param("at", ts(e.occurredAt()))
                .param("assessmentId", assessmentId)
                .update();
    }

    private void completedBy(String assessmentId, AssessingProfessional professional) {
        jdbc.sql("update case_status_assessment set completed_by = cast(:professional as jsonb) where assessment_id = :id")
                .param("professional", write(professional))
                .param("id", assessmentId)
                .update();
    }

    private void assessmentColumn(String assessmentId, String column, String value) {
        jdbc.sql("update case_status_assessment set " + column + " = :value where assessment_id = :id")
                .param("value", value)
                .param("id", assessmentId)
                .update();
    }

    /** The child's level before this assessment, as this record knows it. */
    private Optional<String> lastAuthorisedLevel(String assessmentId) {
        return jdbc.sql("select last_authorised_level from case_status_assessment where assessment_id = :id")
                .param("id", assessmentId)
                .query(String.class)
                .optional();
    }

    private static boolean below(String level, Optional<String> than) {
        return level != null && than.isPresent()
                && RiskLevel.valueOf(level).isBelow(RiskLevel.valueOf(than.get()));
    }

    private void recompute(String assessmentId) {
        computeOutcome(assessmentId).ifPresent(assessed -> {
            var judgement = assessed.judgement();
            jdbc.sql("""
                            update case_status_assessment
                            set outcome = cast(:outcome as jsonb), response_level = :responseLevel,
                                recommended_actions = cast(:actions as jsonb),
                                downgrade = case when assessed_level is null then downgrade else :downgrade end,
                                below_floor_with_indicators = :belowFloor, step_down = :stepDown
                            where assessment_id = :id""")
                    .param("outcome", write(assessed.outcome()))
                    .param("responseLevel", judgement.responseLevel())
                    .param("actions", write(judgement.recommendedActions()))
                    .param("downgrade", judgement.downgrade())
                    .param("belowFloor", judgement.belowFloorWithIndicators())
                    .param("stepDown", judgement.stepDown())
                    .param("id", assessmentId)
                    .update();
        });
    }

    /** The model's outcome for the assessment as it stands, and the judgement against it, if the assessment is known. */
    private Optional<OutcomeCalculator.Assessed> computeOutcome(String assessmentId) {
        var facts = jdbc.sql("""
                        select a.catalogue_version, a.assessment_date, a.assessed_level, a.rationale,
                               a.last_authorised_level, c.area, c.child
                        from case_status_assessment a left join case_status c on c.case_id = a.case_id
                        where a.assessment_id = :id""")
                .param("id", assessmentId)
                .query((rs, n) -> new Facts(rs.getString("catalogue_version"),
                        rs.getDate("assessment_date").toLocalDate(), rs.getString("area"), rs.getString("child"),
                        rs.getString("assessed_level"), rs.getString("rationale"),
                        rs.getString("last_authorised_level")))
                .optional();
        if (facts.isEmpty()) {
            log.warn("Assessment {} is not known to the case status; its outcome is not computed", assessmentId);
            return Optional.empty();
        }
        var codes = new LinkedHashSet<>(jdbc.sql(
                        "select code from case_status_indicator where assessment_id = :id order by code")
                .param("id", assessmentId)
                .query(String.class)
                .list());
        var f = facts.get();
        ChildDetails child = read(f.childJson());
        return Optional.of(calculator.assess(new OutcomeCalculator.Inputs(f.catalogueVersion(), codes,
                child == null ? null : child.dateOfBirth(), child == null ? null : child.learningDifficulty(),
                f.assessmentDate(), f.area(), f.assessedLevel(), f.rationale(), f.lastAuthorisedLevel())));
    }

    private record Facts(String catalogueVersion, LocalDate assessmentDate, String area, String childJson,
                         String assessedLevel, String rationale, String lastAuthorisedLevel) {
    }

    private record EvidenceOrigin(String addedBy, Instant addedAt) {
    }

    /** Who added a carried-forward piece of evidence, and when, as the previous assessment recorded it. */
    private Optional<EvidenceOrigin> originalEvidence(String previousAssessmentId, String code, String evidenceId) {
        if (previousAssessmentId == null || evidenceId == null) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select added_by, added_at from case_status_evidence
                        where assessment_id = :previous and indicator_code = :code and evidence_id = :evidenceId
                        order by id limit 1""")
                .param("previous", previousAssessmentId)
                .param("code", code)
                .param("evidenceId", evidenceId)
                .query((rs, n) -> new EvidenceOrigin(rs.getString("added_by"),
                        rs.getTimestamp("added_at") == null ? null : rs.getTimestamp("added_at").toInstant()))
                .optional();
    }

    private void addEvidence(String assessmentId, String code, Evidence evidence, String addedBy, Instant addedAt) {
        if (evidence.evidenceId() != null) {
            boolean known = jdbc.sql("""
                            select count(*) from case_status_evidence
                            where assessment_id = :assessmentId and indicator_code = :code and evidence_id = :evidenceId""")
                    .param("assessmentId", assessmentId)
                    .param("code", code)
                    .param("evidenceId", evidence.evidenceId())
                    .query(Integer.class)
                    .single() > 0;
            if (known) {
                return;
            }
        }
        jdbc.sql("""
                        insert into case_status_evidence (assessment_id, indicator_code, evidence_id, text, source,
                                                          observed_on, added_by, added_at)
                        values (:assessmentId, :code, :evidenceId, :text, :source, :observedOn, :addedBy, :addedAt)""")
                .param("assessmentId", assessmentId)
                .param("code", code)
                .param("evidenceId", evidence.evidenceId())
                .param("text", evidence.text())
                .param("source", evidence.source())
                .param("observedOn", evidence.observedOn() == null ? null : Date.valueOf(evidence.observedOn()))
                .param("addedBy", addedBy)
                .param("addedAt", addedAt == null ? null : ts(addedAt))
                .update();
    }

    private Optional<String> catalogueVersion(String assessmentId) {
        return jdbc.sql("select catalogue_version from case_status_assessment where assessment_id = :id")
                .param("id", assessmentId)
                .query(String.class)
                .optional();
    }

    /** The catalogue's category for the code, else the one the event gives. */
    private static String category(String catalogueVersion, String code, String given) {
        return OutcomeCalculator.catalogue(catalogueVersion)
                .flatMap(c -> c.item(code))
                .map(CatalogueItem::category)
                .map(Enum::name)
                .orElse(given == null ? "UNKNOWN" : given);
    }

    private String write(Object value) {
        return json.write(value);
    }

    private ChildDetails read(String childJson) {
        return json.read(childJson, ChildDetails.class, "child details");
    }

    private static Timestamp ts(Instant instant) {
        return Columns.timestamp(instant);
    }
}
