package org.cseriskrecord.query.asof;

import org.cseriskrecord.casekeys.PersonalDataCipher;
import org.cseriskrecord.events.AssessmentDiscarded;
import org.cseriskrecord.events.AssessmentReturned;
import org.cseriskrecord.events.AssessmentStarted;
import org.cseriskrecord.events.AssessmentStatus;
import org.cseriskrecord.events.AssessmentSubmitted;
import org.cseriskrecord.events.CaseEvent;
import org.cseriskrecord.events.CaseEventCodec;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.ChildDetailsCorrected;
import org.cseriskrecord.events.ManagerAuthorised;
import org.cseriskrecord.query.storage.StoredJson;
import org.cseriskrecord.query.web.UnknownCaseException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays a case's events from the audit history (which keeps every applied event with the time it was recorded)
 * up to {@code knownAt}, through the same decoder and upcasters as the consumer, and reads the case as of a date
 * by the assessments' own dates. Both time axes come from the record itself: nothing is stored twice.
 */
@Component
class CaseAsOfReader {

    private final JdbcClient jdbc;
    private final StoredJson json;
    private final CaseEventCodec codec;

    private final PersonalDataCipher cipher;

    CaseAsOfReader(JdbcClient jdbc, PersonalDataCipher cipher, StoredJson json) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.json = json;
        this.codec = json.codec();
    }

    private record Recorded(long sequence, Instant at, String actor, CaseEvent event) {
    }

    /** One assessment as the replay builds it. */
    private static final class Replayed {
        final String id;
        final LocalDate date;
        AssessmentStatus status = AssessmentStatus.DRAFT;
        String suggested;
        String assessed;
        String authorised;
        String authorisedBy;
        Instant authorisedAt;
        long authorisedSequence;

        Replayed(String id, LocalDate date) {
            this.id = id;
            this.date = date;
        }

        CaseAsOfView.Assessment view() {
            return new CaseAsOfView.Assessment(id, date, status, suggested, assessed, authorised, authorisedBy,
                    authorisedAt);
        }
    }

    @Transactional(readOnly = true)
    public CaseAsOfView asOf(String caseId, LocalDate asOf, Instant knownAt) {
        var events = jdbc.sql("""
                        select sequence, type, revision, occurred_at, actor, data::text as data from case_history
                        where case_id = :caseId and (cast(:knownAt as timestamptz) is null or occurred_at <= :knownAt)
                        order by sequence""")
                .param("caseId", caseId)
                .param("knownAt", knownAt == null ? null : Timestamp.from(knownAt))
                .query((rs, n) -> new Recorded(rs.getLong("sequence"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), decode(caseId, rs.getString("type"), rs.getInt("revision"),
                        rs.getString("data"))))
                .list();
        if (events.isEmpty()) {
            throw new UnknownCaseException();
        }
        String area = null;
        ChildDetails child = null;
        Map<String, Replayed> assessments = new LinkedHashMap<>();
        for (Recorded recorded : events) {
            var event = recorded.event();
            if (event instanceof CaseOpened opened) {
                area = opened.area();
                child = opened.child();
            } else if (event instanceof ChildDetailsCorrected corrected) {
                child = corrected.child();
            } else if (event instanceof AssessmentStarted started) {
                assessments.putIfAbsent(started.assessmentId(),
                        new Replayed(started.assessmentId(), started.assessmentDate()));
            } else if (event instanceof AssessmentSubmitted submitted && assessments.containsKey(submitted.assessmentId())) {
                var a = assessments.get(submitted.assessmentId());
                a.status = AssessmentStatus.SUBMITTED;
                a.suggested = submitted.suggestedLevel();
                a.assessed = submitted.assessedLevel();
            } else if (event instanceof AssessmentReturned returned && assessments.containsKey(returned.assessmentId())) {
                assessments.get(returned.assessmentId()).status = AssessmentStatus.RETURNED;
            } else if (event instanceof AssessmentDiscarded discarded
                    && assessments.containsKey(discarded.assessmentId())) {
                assessments.get(discarded.assessmentId()).status = AssessmentStatus.DISCARDED;
            } else if (event instanceof ManagerAuthorised authorised
                    && assessments.containsKey(authorised.assessmentId())) {
                var a = assessments.get(authorised.assessmentId());
                a.status = AssessmentStatus.AUTHORISED;
                a.assessed = authorised.assessedLevel() != null ? authorised.assessedLevel() : a.assessed;
                a.authorised = authorised.authorisedLevel() != null ? authorised.authorisedLevel() : a.assessed;
                a.authorisedBy = recorded.actor();
                a.authorisedAt = recorded.at();
                a.authorisedSequence = recorded.sequence();
            }
        }
        List<Replayed> dated = assessments.values().stream()
                .filter(a -> !a.date.isAfter(asOf))
                .sorted(Comparator.comparing((Replayed a) -> a.date).thenComparingLong(a -> a.authorisedSequence))
                .toList();
        Replayed level = dated.stream().filter(a -> a.authorised != null).reduce((a, b) -> b).orElse(null);
        return new CaseAsOfView(caseId, asOf, knownAt, area, child, level == null ? null : level.authorised,
                level == null ? null : level.date, level == null ? null : level.id,
                dated.stream().map(Replayed::view).toList());
    }

    /** The history keeps payloads as received: personal values encrypted with the case's key. */
    private CaseEvent decode(String caseId, String type, int revision, String data) {
        return codec.fromJson(type, revision, cipher.decrypt(caseId, json.tree(data, "event of type " + type)));
    }
}
