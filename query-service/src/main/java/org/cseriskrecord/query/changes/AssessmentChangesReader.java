package org.cseriskrecord.query.changes;

import org.cseriskrecord.casekeys.PersonalDataCipher;
import org.cseriskrecord.query.outcome.OutcomeCalculator;
import org.cseriskrecord.query.storage.StoredJson;
import org.cseriskrecord.query.web.UnknownAssessmentException;
import org.cseriskrecord.riskmodel.catalogue.CatalogueItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares an assessment with its previous authorised one from the case status (indicators, evidence, levels) and
 * the audit history (the reasons indicators were withdrawn, which the case status no longer keeps).
 */
@Component
class AssessmentChangesReader {

    private final JdbcClient jdbc;

    private final PersonalDataCipher cipher;
    private final StoredJson json;

    AssessmentChangesReader(JdbcClient jdbc, PersonalDataCipher cipher, StoredJson json) {
        this.json = json;
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    private record Row(String assessmentId, String caseId, LocalDate date, String status, String catalogueVersion,
                       String previousId, String suggested, String assessed, String authorised, boolean stepDown,
                       String rationale, String levelRationale) {
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AssessmentChanges changes(String assessmentId) {
        Row current = row(assessmentId).orElseThrow(UnknownAssessmentException::new);
        Optional<Row> previous = Optional.ofNullable(current.previousId()).flatMap(this::row);
        Map<String, String> now = indicators(current.assessmentId());
        Map<String, String> before = previous.map(p -> indicators(p.assessmentId())).orElse(Map.of());
        List<AssessmentChanges.Item> added = new ArrayList<>();
        List<AssessmentChanges.Item> kept = new ArrayList<>();
        now.forEach((code, category) -> (before.containsKey(code) ? kept : added)
                .add(new AssessmentChanges.Item(code, category, label(current.catalogueVersion(), code))));
        List<AssessmentChanges.Withdrawn> withdrawn = new ArrayList<>();
        var reasons = withdrawals(current.caseId(), current.assessmentId());
        before.forEach((code, category) -> {
            if (!now.containsKey(code)) {
                var reason = reasons.get(code);
                withdrawn.add(new AssessmentChanges.Withdrawn(code, category, label(current.catalogueVersion(), code),
                        reason == null ? null : reason.reason(), reason == null ? null : reason.by(),
                        reason == null ? null : reason.at()));
            }
        });
        return new AssessmentChanges(current.assessmentId(), current.caseId(), current.date(), current.status(),
                previous.map(Row::assessmentId).orElse(null), previous.map(Row::date).orElse(null),
                new AssessmentChanges.Indicators(added, withdrawn, kept),
                evidenceAdded(current, previous.map(Row::assessmentId).orElse(null)),
                new AssessmentChanges.Change(previous.map(Row::suggested).orElse(null), current.suggested()),
                new AssessmentChanges.Change(previous.map(Row::assessed).orElse(null), current.assessed()),
                new AssessmentChanges.Change(previous.map(Row::authorised).orElse(null), current.authorised()),
                current.stepDown(), current.rationale(), current.levelRationale());
    }

    private Optional<Row> row(String assessmentId) {
        return jdbc.sql("""
                        select assessment_id, case_id, assessment_date, status, catalogue_version,
                               previous_assessment_id, outcome ->> 'suggestedLevel' as suggested_level, assessed_level,
                               authorised_level, step_down, rationale, level_rationale
                        from case_status_assessment where assessment_id = :id""")
                .param("id", assessmentId)
                .query((rs, n) -> new Row(rs.getString("assessment_id"), rs.getString("case_id"),
                        rs.getDate("assessment_date").toLocalDate(), rs.getString("status"),
                        rs.getString("catalogue_version"), rs.getString("previous_assessment_id"),
                        rs.getString("suggested_level"), rs.getString("assessed_level"),
                        rs.getString("authorised_level"), rs.getBoolean("step_down"), rs.getString("rationale"),
                        rs.getString("level_rationale")))
                .optional();
    }

    /** Active indicator codes and their categories, in code order. */
    private Map<String, String> indicators(String assessmentId) {
        Map<String, String> codes = new LinkedHashMap<>();
        jdbc.sql("select code, category from case_status_indicator where assessment_id = :id order by code")
                .param("id", assessmentId)
                .query((rs, n) -> codes.put(rs.getString("code"), rs.getString("category")))
                .list();
        return codes;
    }

    private record Withdrawal(String reason, String by, Instant at) {
    }

    /** The latest withdrawal of each code in the assessment, from the audit history. */
    private Map<String, Withdrawal> withdrawals(String caseId, String assessmentId) {
        Map<String, Withdrawal> latest = new LinkedHashMap<>();
        jdbc.sql("""
                        select data ->> 'code' as code, (data -> 'reason')::text as reason, actor, occurred_at
                        from case_history
                        where case_id = :caseId and type = 'IndicatorWithdrawn' and data ->> 'assessmentId' = :id
                        order by sequence""")
                .param("caseId", caseId)
                .param("id", assessmentId)
                .query((rs, n) -> latest.put(rs.getString("code"), new Withdrawal(reason(caseId, rs.getString("reason")),
                        rs.getString("actor"), rs.getTimestamp("occurred_at").toInstant())))
                .list();
        return latest;
    }

    /** The history keeps payloads as received: the reason is encrypted with the case's key (null once erased). */
    private String reason(String caseId, String stored) {
        if (stored == null) {
            return null;
        }
        var value = cipher.decrypt(caseId, json.tree(stored, "withdrawal reason"));
        return value == null || value.isNull() ? null : value.asText();
    }

    /** Evidence of this assessment that the previous one did not have (carried-forward evidence keeps its id). */
    private List<AssessmentChanges.EvidenceAdded> evidenceAdded(Row current, String previousId) {
        Set<String> known = previousId == null ? Set.of() : Set.copyOf(jdbc.sql("""
                        select indicator_code || '/' || evidence_id from case_status_evidence
                        where assessment_id = :id and evidence_id is not null""")
                .param("id", previousId)
                .query(String.class)
                .list());
        return jdbc.sql("""
                        select indicator_code, evidence_id, text, source, observed_on, added_by, added_at
                        from case_status_evidence where assessment_id = :id order by id""")
                .param("id", current.assessmentId())
                .query((rs, n) -> {
                    Date observed = rs.getDate("observed_on");
                    Timestamp addedAt = rs.getTimestamp("added_at");
                    String code = rs.getString("indicator_code");
                    return new AssessmentChanges.EvidenceAdded(code, label(current.catalogueVersion(), code),
                            rs.getString("evidence_id"), rs.getString("text"), rs.getString("source"),
                            observed == null ? null : observed.toLocalDate(), rs.getString("added_by"),
                            addedAt == null ? null : addedAt.toInstant());
                })
                .list()
                .stream()
                .filter(e -> e.evidenceId() == null || !known.contains(e.indicatorCode() + "/" + e.evidenceId()))
                .toList();
    }

    private static String label(String catalogueVersion, String code) {
        return OutcomeCalculator.catalogue(catalogueVersion).flatMap(c -> c.item(code)).map(CatalogueItem::label)
                .orElse(code);
    }
}
