package org.cseriskrecord.query.trends;

import com.fasterxml.jackson.core.type.TypeReference;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.ChildDetailsCorrected;
import org.cseriskrecord.events.ManagerAuthorised;
import org.cseriskrecord.query.casestatus.CaseStatusProjection;
import org.cseriskrecord.query.consumption.CaseProjection;
import org.cseriskrecord.query.consumption.ProjectedEvent;
import org.cseriskrecord.query.storage.StoredJson;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Projection "board trends": a de-identified row per authorised assessment ({@code trend_assessment}) with its
 * indicators and normalised locations of concern, and the child's coded equality data as known today
 * ({@code trend_child}). At authorisation the assessment is immutable, so its facts are copied from the case status,
 * which has applied the same event just before in the same transaction (the suggestion is not computed twice).
 */
@Component
@Order(CaseStatusProjection.ORDER + 30)
class BoardTrendsProjection implements CaseProjection {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final StoredJson json;

    BoardTrendsProjection(JdbcClient jdbc, StoredJson json) {
        this.json = json;
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "board-trends";
    }

    @Override
    public java.util.List<String> tables() {
        return java.util.List.of("trend_location", "trend_indicator", "trend_assessment", "trend_child");
    }

    @Override
    public void apply(ProjectedEvent e) {
        var event = e.event();
        if (event instanceof CaseOpened opened) {
            child(opened.caseId(), opened.area(), opened.child());
        } else if (event instanceof ChildDetailsCorrected corrected) {
            child(corrected.caseId(), null, corrected.child());
        } else if (event instanceof ManagerAuthorised authorised) {
            authorised(e, authorised);
        }
    }

    private void child(String caseId, String area, ChildDetails child) {
        jdbc.sql("""
                        insert into trend_child (case_id, area, date_of_birth, gender_code, ethnicity_code)
                        values (:caseId, :area, :dateOfBirth, :gender, :ethnicity)
                        on conflict (case_id) do update set
                            area = coalesce(excluded.area, trend_child.area),
                            date_of_birth = excluded.date_of_birth, gender_code = excluded.gender_code,
                            ethnicity_code = excluded.ethnicity_code""")
                .param("caseId", caseId)
                .param("area", area)
                .param("dateOfBirth", child == null || child.dateOfBirth() == null ? null
                        : Date.valueOf(child.dateOfBirth()))
                .param("gender", child == null ? null : child.genderCode())
                .param("ethnicity", child == null ? null : child.ethnicityCode())
                .update();
    }

    private void authorised(ProjectedEvent e, ManagerAuthorised authorised) {
        int inserted = jdbc.sql("""
                        insert into trend_assessment (assessment_id, case_id, authorised_sequence, assessment_date,
                                                      area, agency, catalogue_version, suggested_level,
                                                      assessed_level, authorised_level)
                        select a.assessment_id, a.case_id, :sequence, a.assessment_date, c.area, :agency,
                               a.catalogue_version, a.outcome ->> 'suggestedLevel',
                               coalesce(:assessed, a.assessed_level),
                               coalesce(:authorised, :assessed, a.assessed_level)
                        from case_status_assessment a join case_status c on c.case_id = a.case_id
                        where a.assessment_id = :assessmentId
                        on conflict (assessment_id) do nothing""")
                .param("sequence", e.sequence())
                .param("agency", e.metadata().agency())
                .param("assessed", authorised.assessedLevel())
                .param("authorised", authorised.authorisedLevel())
                .param("assessmentId", authorised.assessmentId())
                .update();
        if (inserted == 0) {
            return;
        }
        jdbc.sql("""
                        insert into trend_indicator (assessment_id, code, category)
                        select assessment_id, code, category from case_status_indicator where assessment_id = :id
                        on conflict do nothing""")
                .param("id", authorised.assessmentId())
                .update();
        var locations = jdbc.sql("select locations_of_concern::text from case_status_assessment where assessment_id = :id")
                .param("id", authorised.assessmentId())
                .query(String.class)
                .optional()
                .map(this::strings)
                .orElse(List.of());
        var normalised = new LinkedHashSet<String>();
        locations.forEach(location -> LocationNames.normalise(location).ifPresent(normalised::add));
        for (String location : normalised) {
            jdbc.sql("insert into trend_location (assessment_id, location) values (:id, :location) on conflict do nothing")
                    .param("id", authorised.assessmentId())
                    .param("location", location)
                    .update();
        }
    }

    private List<String> strings(String array) {
        return array == null ? List.of() : json.read(array, STRINGS, "locations of concern");
    }
}
