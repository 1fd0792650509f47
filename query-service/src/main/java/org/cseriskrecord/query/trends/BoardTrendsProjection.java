package org.cseriskrecord.query.trends;

import org.cseriskrecord.events.AnalysisRecorded;
import org.cseriskrecord.events.CaseErased;
import org.cseriskrecord.events.CaseOpened;
import org.cseriskrecord.events.ChildDetails;
import org.cseriskrecord.events.ChildDetailsCorrected;
import org.cseriskrecord.query.consumption.CaseProjection;
import org.cseriskrecord.query.consumption.ProjectedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Projection "board trends": the child's coded equality data as known today ({@code trend_child}) and the
 * normalised locations of concern of each assessment ({@code trend_location}), both from the events alone. The
 * authorised assessments and their indicators are views over the case status ({@code trend_assessment},
 * {@code trend_indicator}, V91), so nothing here copies another projection's rows or has to run after it. On
 * erasure it forgets its own personal columns: the date of birth and census codes, and the locations.
 */
@Component
class BoardTrendsProjection implements CaseProjection {

    private final JdbcClient jdbc;

    BoardTrendsProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "board-trends";
    }

    @Override
    public List<String> tables() {
        return List.of("trend_location", "trend_child");
    }

    @Override
    public void apply(ProjectedEvent e) {
        var event = e.event();
        if (event instanceof CaseOpened opened) {
            child(opened.caseId(), opened.area(), opened.child());
        } else if (event instanceof ChildDetailsCorrected corrected) {
            child(corrected.caseId(), null, corrected.child());
        } else if (event instanceof AnalysisRecorded analysis) {
            locations(e.caseId(), analysis);
        } else if (event instanceof CaseErased) {
            erase(e.caseId());
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

    /** The assessment's locations as last recorded; counted only once it is authorised (the view says when). */
    private void locations(String caseId, AnalysisRecorded analysis) {
        jdbc.sql("delete from trend_location where assessment_id = :id")
                .param("id", analysis.assessmentId())
                .update();
        var normalised = new LinkedHashSet<String>();
        analysis.locationsOfConcern().forEach(location -> LocationNames.normalise(location).ifPresent(normalised::add));
        for (String location : normalised) {
            jdbc.sql("""
                            insert into trend_location (assessment_id, case_id, location) values (:id, :caseId, :location)
                            on conflict do nothing""")
                    .param("id", analysis.assessmentId())
                    .param("caseId", caseId)
                    .param("location", location)
                    .update();
        }
    }

    /**
     * Erasure (ADR 050, 095): the child's date of birth and census codes and the places named go; the area and the
     * authorised assessments (levels, dates, agency) still count. The suggestion goes with the case status's outcome.
     */
    private void erase(String caseId) {
        jdbc.sql("update trend_child set date_of_birth = null, gender_code = null, ethnicity_code = null "
                        + "where case_id = :caseId")
                .param("caseId", caseId)
                .update();
        jdbc.sql("delete from trend_location where case_id = :caseId").param("caseId", caseId).update();
    }
}
