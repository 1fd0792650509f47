package org.cseriskrecord.query.casestatus;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.query.consumption.UnprocessableEventStore;
import org.cseriskrecord.query.outcome.OutcomeCalculator;
import org.cseriskrecord.query.outcome.OutcomeView;
import org.cseriskrecord.query.storage.StoredJson;
import org.cseriskrecord.riskmodel.ChildAge;
import org.cseriskrecord.riskmodel.catalogue.Catalogue;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.cseriskrecord.riskmodel.catalogue.Category;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.cseriskrecord.query.storage.Columns.instant;
import static org.cseriskrecord.query.storage.Columns.localDate;

/** Reads the case status projection for the API. */
@Component
public class CaseStatusReader {

    private final JdbcClient jdbc;
    private final UnprocessableEventStore unprocessable;
    private final StoredJson json;

    public CaseStatusReader(JdbcClient jdbc, UnprocessableEventStore unprocessable, StoredJson json) {
        this.json = json;
        this.jdbc = jdbc;
        this.unprocessable = unprocessable;
    }

    /** The case as one consistent snapshot (its several queries see the same committed events). */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<CaseStatusView> find(String caseId) {
        record CaseRow(String caseId, String area, String child, String professionals, String placement,
                       String others, String riskLevel, LocalDate riskLevelSince, String currentAssessmentId) {
        }
        var found = jdbc.sql("""
                        select case_id, area, child, professionals, placement, other_professionals_involved,
                               risk_level, risk_level_since, current_assessment_id
                        from case_status where case_id = :caseId""")
                .param("caseId", caseId)
                .query((rs, n) -> new CaseRow(rs.getString("case_id"), rs.getString("area"), rs.getString("child"),
                        rs.getString("professionals"), rs.getString("placement"),
                        rs.getString("other_professionals_involved"), rs.getString("risk_level"),
                        localDate(rs, "risk_level_since"), rs.getString("current_assessment_id")))
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var row = found.get();
        var assessments = jdbc.sql("""
                        select assessment_id, status, assessment_date, assessed_level, authorised_at,
                               outcome ->> 'suggestedLevel' as suggested_level, authorised_level, step_down,
                               below_floor_with_indicators, discarded_at
                        from case_status_assessment where case_id = :caseId order by started_sequence""")
                .param("caseId", caseId)
                .query((rs, n) -> new CaseStatusView.AssessmentSummary(rs.getString("assessment_id"),
                        rs.getString("status"), localDate(rs, "assessment_date"), rs.getString("assessed_level"),
                        instant(rs, "authorised_at"), rs.getString("suggested_level"),
                        rs.getString("authorised_level"), rs.getBoolean("step_down"),
                        rs.getBoolean("below_floor_with_indicators"), instant(rs, "discarded_at")))
                .list();
        var child = tree(row.child());
        var current = row.currentAssessmentId() == null ? null : currentAssessment(row.currentAssessmentId(), child);
        var setAside = unprocessable.ofCase(caseId).stream()
                .map(s -> new CaseStatusView.UnprocessedEvent(s.sequence(), s.eventId(), s.type(), s.reason()))
                .toList();
        return Optional.of(new CaseStatusView(row.caseId(), row.area(), child, tree(row.professionals()),
                tree(row.placement()), row.others(), row.riskLevel(), row.riskLevelSince(), current, assessments,
                setAside, CensusLabels.of(child)));
    }

    private CaseStatusView.CurrentAssessment currentAssessment(String assessmentId, JsonNode child) {
        return jdbc.sql("select * from case_status_assessment where assessment_id = :id")
                .param("id", assessmentId)
                .query((rs, n) -> {
                    String version = rs.getString("catalogue_version");
                    OutcomeView outcome = outcome(rs.getString("outcome"));
                    var catalogue = OutcomeCalculator.catalogue(version);
                    var assessmentDate = localDate(rs, "assessment_date");
                    var recommended = rs.getString("recommended_actions") == null ? outcome.recommendedActions()
                            : texts(tree(rs.getString("recommended_actions")));
                    var confirmed = rs.getString("learning_difficulty_confirmed");
                    return new CaseStatusView.CurrentAssessment(
                            rs.getString("assessment_id"),
                            rs.getString("status"),
                            assessmentDate,
                            version,
                            rs.getString("previous_assessment_id"),
                            rs.getString("started_by"),
                            instant(rs, "started_at"),
                            outcome.counts(),
                            outcome.suggestedLevel(),
                            outcome.levelBeforeFloor(),
                            outcome.ruleFired(),
                            outcome.floorApplied(),
                            outcome.floorConditions(),
                            outcome.floorExplanation(),
                            outcome.belowThreshold(),
                            outcome.problem(),
                            rs.getString("assessed_level"),
                            rs.getString("rationale"),
                            rs.getBoolean("downgrade"),
                            rs.getString("analysis"),
                            tree(rs.getString("locations_of_concern")),
                            tree(rs.getString("persons_of_concern")),
                            recommended,
                            outcome.standingNotes(),
                            additionalDetail(rs.getString("additional_detail")),
                            indicators(assessmentId, catalogue, outcome.derivedCodes()),
                            rs.getString("submitted_by"),
                            instant(rs, "submitted_at"),
                            rs.getString("returned_reason"),
                            rs.getString("returned_by"),
                            instant(rs, "returned_at"),
                            rs.getString("authorised_by"),
                            instant(rs, "authorised_at"),
                            rs.getString("manager_comments"),
                            rs.getString("response_level") == null ? outcome.suggestedLevel()
                                    : rs.getString("response_level"),
                            ageOn(child, assessmentDate),
                            tree(rs.getString("completed_by")),
                            outcome.learningDifficulty(),
                            "NOT_KNOWN".equals(outcome.learningDifficulty()),
                            outcome.learningDifficultyToConfirm(),
                            confirmed,
                            outcome.floorWithIndicators(),
                            rs.getBoolean("below_floor_with_indicators"),
                            rs.getBoolean("step_down"),
                            rs.getString("last_authorised_level"),
                            rs.getString("authorised_level"),
                            rs.getString("level_rationale"),
                            rs.getString("discarded_reason"),
                            rs.getString("discarded_by"),
                            instant(rs, "discarded_at"));
                })
                .optional()
                .orElse(null);
    }

    /** Active indicators in the order of the form, derived ones included, each with its evidence in order added. */
    private List<CaseStatusView.Indicator> indicators(String assessmentId, Optional<Catalogue> catalogue,
                                                      List<String> derivedCodes) {
        Map<String, List<CaseStatusView.EvidenceItem>> evidence = new LinkedHashMap<>();
        jdbc.sql("""
                        select indicator_code, evidence_id, text, source, observed_on, added_by, added_at
                        from case_status_evidence where assessment_id = :id order by id""")
                .param("id", assessmentId)
                .query((rs, n) -> {
                    evidence.computeIfAbsent(rs.getString("indicator_code"), k -> new ArrayList<>())
                            .add(new CaseStatusView.EvidenceItem(rs.getString("evidence_id"), rs.getString("text"),
                                    rs.getString("source"), localDate(rs, "observed_on"), rs.getString("added_by"),
                                    instant(rs, "added_at")));
                    return null;
                })
                .list();
        Map<String, CaseStatusView.Indicator> byCode = new LinkedHashMap<>();
        jdbc.sql("select code, category, state from case_status_indicator where assessment_id = :id order by code")
                .param("id", assessmentId)
                .query((rs, n) -> {
                    String code = rs.getString("code");
                    byCode.put(code, new CaseStatusView.Indicator(code, rs.getString("category"),
                            label(catalogue, code), rs.getString("state"), evidence.getOrDefault(code, List.of())));
                    return null;
                })
                .list();
        for (String code : derivedCodes) {
            byCode.putIfAbsent(code, new CaseStatusView.Indicator(code,
                    catalogue.flatMap(c -> c.item(code)).map(i -> i.category().name()).orElse(null),
                    label(catalogue, code), "DERIVED", List.of()));
        }
        List<String> formOrder = catalogue.map(c -> c.items().stream().map(CatalogueItem::code).toList())
                .orElse(List.of());
        return byCode.values().stream()
                .sorted(Comparator.comparingInt((CaseStatusView.Indicator i) -> {
                    int index = formOrder.indexOf(i.code());
                    return index < 0 ? Integer.MAX_VALUE : index;
                }).thenComparing(CaseStatusView.Indicator::code))
                .toList();
    }

    private static String label(Optional<Catalogue> catalogue, String code) {
        return catalogue.flatMap(c -> c.item(code)).map(CatalogueItem::label).orElse(null);
    }

    /** The four boxes, each null until written. */
    private Map<String, String> additionalDetail(String stored) {
        Map<String, String> boxes = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            boxes.put(category.name(), null);
        }
        JsonNode node = tree(stored);
        if (node != null) {
            node.fields().forEachRemaining(f -> boxes.put(f.getKey(), f.getValue().isNull() ? null : f.getValue().asText()));
        }
        return boxes;
    }

    private OutcomeView outcome(String stored) {
        if (stored == null) {
            return OutcomeView.unavailable("The tool's suggestion has not been computed for this assessment.");
        }
        return json.read(stored, OutcomeView.class, "outcome");
    }

    private JsonNode tree(String stored) {
        return json.tree(stored, "case status");
    }

    /** The child's age in whole years on the date, from the date of birth in the child's details; null if unknown. */
    private static Integer ageOn(JsonNode child, LocalDate date) {
        var born = child == null ? null : date(child.path("dateOfBirth").asText(null));
        if (born == null || date == null || born.isAfter(date)) {
            return null;
        }
        return ChildAge.yearsOn(born, date);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        if (array != null) {
            array.forEach(t -> texts.add(t.asText()));
        }
        return texts;
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
