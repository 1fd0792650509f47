package org.cseriskrecord.query.caselist;

import org.cseriskrecord.events.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.cseriskrecord.query.storage.Columns.instant;
import static org.cseriskrecord.query.storage.Columns.localDate;

/**
 * Answers the case list from the view {@code case_summary}, most recently updated first, with the checked filters;
 * the agencies that hold a case and oversee an assessment are the access projection's.
 */
@Component
class CaseListReader {

    private final JdbcClient jdbc;

    CaseListReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CaseListEntry> cases(CaseListQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (query.riskLevel() != null) {
            conditions.add("risk_level = :riskLevel");
            params.put("riskLevel", query.riskLevel());
        }
        if (query.status() != null) {
            conditions.add("status = :status");
            params.put("status", query.status());
        }
        if (query.area() != null) {
            conditions.add("area = :area");
            params.put("area", query.area());
        }
        for (int i = 0; i < query.searchWords().size(); i++) {
            conditions.add("(lower(child_name) like :w" + i + " escape '\\' or lower(coalesce(also_known_as, ''))"
                    + " like :w" + i + " escape '\\' or lower(coalesce(persons_of_concern, '')) like :w" + i
                    + " escape '\\')");
            params.put("w" + i, "%" + likeEscaped(query.searchWords().get(i)) + "%");
        }
        var manager = query.awaitingAuthorisationBy();
        if (manager != null) {
            conditions.add("status = 'SUBMITTED' and :role = :managerRole and exists (select 1 from case_agency_assessment"
                    + " s where s.assessment_id = current_assessment_id and s.agency = :agency) and not exists"
                    + " (select 1 from case_list_contributor c where c.assessment_id = current_assessment_id"
                    + " and c.user_id = :userId)");
            params.put("role", manager.role());
            params.put("managerRole", Role.MANAGER.name());
            params.put("agency", manager.agency() == null ? "" : manager.agency());
            params.put("userId", manager.userId());
        }
        if (!query.everyCase()) {
            conditions.add("exists (select 1 from case_agency a where a.case_id = case_summary.case_id"
                    + " and a.agency = :scopeAgency)");
            params.put("scopeAgency", query.scopeAgency() == null ? "" : query.scopeAgency());
        }
        params.put("limit", query.limit());
        params.put("offset", query.offset());
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql("select case_id, area, child_name, date_of_birth, risk_level, current_assessment_id, status,"
                        + " suggested_level, assessment_date, updated_at, assessed_level, step_down,"
                        + " below_floor_with_indicators from case_summary" + where
                        + " order by updated_at desc, case_id limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new CaseListEntry(rs.getString("case_id"), rs.getString("area"),
                        rs.getString("child_name"), localDate(rs, "date_of_birth"), rs.getString("risk_level"),
                        rs.getString("current_assessment_id"), rs.getString("status"),
                        rs.getString("suggested_level"), localDate(rs, "assessment_date"), instant(rs, "updated_at"),
                        rs.getString("assessed_level"), rs.getBoolean("step_down"),
                        rs.getBoolean("below_floor_with_indicators")))
                .list();
    }

    /** A word matched as itself: LIKE's wildcards and the escape character lose their meaning. */
    private static String likeEscaped(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
