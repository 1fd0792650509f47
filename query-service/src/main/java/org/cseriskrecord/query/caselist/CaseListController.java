package org.cseriskrecord.query.caselist;

import org.cseriskrecord.query.outcome.OutcomeCalculator;
import org.cseriskrecord.query.web.InvalidParameterException;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.cseriskrecord.support.access.CaseScope;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/cases?riskLevel=&status=&area=&limit=&offset=}: case summaries, most recently updated first.
 * Who may call it: the access matrix.
 */
@RestController
class CaseListController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "RETURNED", "AUTHORISED", "DISCARDED");
    static final List<String> RISK_LEVELS = Arrays.stream(RiskLevel.values()).map(Enum::name).toList();

    private final JdbcClient jdbc;
    private final OutcomeCalculator outcomes;

    CaseListController(JdbcClient jdbc, OutcomeCalculator outcomes) {
        this.jdbc = jdbc;
        this.outcomes = outcomes;
    }

    @GetMapping("/api/cases")
    List<CaseListEntry> cases(HttpServletRequest request,
                              @RequestParam(required = false) String riskLevel,
                              @RequestParam(required = false) String status,
                              @RequestParam(required = false) String area,
                              @RequestParam(required = false) String limit,
                              @RequestParam(required = false) String offset) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (present(riskLevel)) {
            conditions.add("risk_level = :riskLevel");
            params.put("riskLevel", oneOf("riskLevel", riskLevel, RISK_LEVELS));
        }
        if (present(status)) {
            conditions.add("status = :status");
            params.put("status", oneOf("status", status, STATUSES));
        }
        if (present(area)) {
            conditions.add("area = :area");
            params.put("area", oneOf("area", area, List.copyOf(outcomes.areas())));
        }
        var scope = CaseScope.of(request);
        if (!scope.everyCase()) {
            conditions.add("exists (select 1 from case_agency a where a.case_id = case_summary.case_id"
                    + " and a.agency = :agency)");
            params.put("agency", scope.agency() == null ? "" : scope.agency());
        }
        params.put("limit", number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
        params.put("offset", number("offset", offset, 0, 0, Integer.MAX_VALUE));
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return jdbc.sql("select case_id, area, child_name, date_of_birth, risk_level, current_assessment_id, status,"
                        + " suggested_level, assessment_date, updated_at, assessed_level, step_down,"
                        + " below_floor_with_indicators from case_summary" + where
                        + " order by updated_at desc, case_id limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> {
                    var dob = rs.getDate("date_of_birth");
                    var assessmentDate = rs.getDate("assessment_date");
                    Timestamp updatedAt = rs.getTimestamp("updated_at");
                    return new CaseListEntry(rs.getString("case_id"), rs.getString("area"),
                            rs.getString("child_name"), dob == null ? null : dob.toLocalDate(),
                            rs.getString("risk_level"), rs.getString("current_assessment_id"), rs.getString("status"),
                            rs.getString("suggested_level"),
                            assessmentDate == null ? null : assessmentDate.toLocalDate(), updatedAt.toInstant(),
                            rs.getString("assessed_level"), rs.getBoolean("step_down"),
                            rs.getBoolean("below_floor_with_indicators"));
                })
                .list();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String oneOf(String parameter, String value, List<String> allowed) {
        if (!allowed.contains(value.strip())) {
            throw InvalidParameterException.oneOf(parameter, allowed);
        }
        return value.strip();
    }

    private static int number(String parameter, String value, int fallback, int min, int max) {
        if (!present(value)) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidParameterException(parameter, max == Integer.MAX_VALUE
                ? "must be a whole number of at least " + min
                : "must be a whole number from " + min + " to " + max);
    }
}
