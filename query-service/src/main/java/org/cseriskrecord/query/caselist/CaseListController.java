package org.cseriskrecord.query.caselist;

import org.cseriskrecord.events.AssessmentStatus;
import org.cseriskrecord.query.outcome.OutcomeCalculator;
import org.cseriskrecord.query.web.InvalidParameterException;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.cseriskrecord.support.access.CaseScope;
import jakarta.servlet.http.HttpServletRequest;
import org.cseriskrecord.support.security.SignedInUser;
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
 * {@code GET /api/cases?riskLevel=&status=&area=&search=&awaitingMyAuthorisation=&limit=&offset=}: case summaries,
 * most recently updated first. Who may call it: the access matrix; only cases
 * the caller's agency is involved in, unless the matrix lets the caller see every case. {@code search} finds its words (case-insensitive,
 * each anywhere) in the child's name, also-known-as or a person of concern (nicknames included);
 * {@code awaitingMyAuthorisation=true} keeps submitted assessments of the caller's agency to which the caller did not
 * contribute (the four-eyes rule; command-service decides, this is the queue), and is empty for anyone not a manager.
 */
@RestController
class CaseListController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    static final int MAX_SEARCH = 200;
    static final List<String> STATUSES = Arrays.stream(AssessmentStatus.values()).map(Enum::name).toList();
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
                              @RequestParam(required = false) String search,
                              @RequestParam(required = false) String awaitingMyAuthorisation,
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
        if (present(search)) {
            if (search.strip().length() > MAX_SEARCH) {
                throw new InvalidParameterException("search", "must be at most " + MAX_SEARCH + " characters");
            }
            var words = search.strip().toLowerCase(java.util.Locale.ROOT).split("\\s+");
            for (int i = 0; i < words.length; i++) {
                conditions.add("(lower(child_name) like :w" + i + " escape '\\' or lower(coalesce(also_known_as, ''))"
                        + " like :w" + i + " escape '\\' or lower(coalesce(persons_of_concern, '')) like :w" + i
                        + " escape '\\')");
                params.put("w" + i, "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (present(awaitingMyAuthorisation)) {
            if ("true".equals(awaitingMyAuthorisation.strip())) {
                var user = SignedInUser.require();
                conditions.add("status = 'SUBMITTED' and :role = 'MANAGER' and exists (select 1 from case_list_submission"
                        + " s where s.assessment_id = current_assessment_id and s.agency = :agency) and not exists"
                        + " (select 1 from case_list_contributor c where c.assessment_id = current_assessment_id"
                        + " and c.user_id = :userId)");
                params.put("role", user.role().name());
                params.put("agency", user.agency() == null ? "" : user.agency());
                params.put("userId", user.userId());
            } else if (!"false".equals(awaitingMyAuthorisation.strip())) {
                throw new InvalidParameterException("awaitingMyAuthorisation", "must be true or false");
            }
        }
        var scope = CaseScope.of(request);
        if (!scope.everyCase()) {
            conditions.add("exists (select 1 from case_agency a where a.case_id = case_summary.case_id"
                    + " and a.agency = :scopeAgency)");
            params.put("scopeAgency", scope.agency() == null ? "" : scope.agency());
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
