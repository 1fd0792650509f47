package org.cseriskrecord.support.access;

import org.cseriskrecord.events.Role;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.cseriskrecord.support.access.Access.ALLOWED;
import static org.cseriskrecord.support.access.Access.DENIED;
import static org.cseriskrecord.support.access.Access.INVOLVED;
import static org.cseriskrecord.support.access.ApiService.COMMAND;
import static org.cseriskrecord.support.access.ApiService.QUERY;

/**
 * Who may call which endpoint of which service: the one statement of the access rules in code. Every request mapping
 * under {@code /api} of every service has exactly one row (a test enumerates the real mappings and fails the build
 * for a missing one); the {@link AccessInterceptor} enforces the rows and refuses anything without one.
 * {@code docs/security.md} shows the same table, kept equal by a test. How to add a row: see that document.
 */
public final class AccessMatrix {

    /** A practitioner's or manager's work on cases their agency is involved in; nobody else's. */
    public static final Map<Role, Access> CASE_WORK = rules(INVOLVED, INVOLVED, DENIED, DENIED, DENIED);
    /** Reading a child's data: the involved agencies, and auditors for every case. */
    public static final Map<Role, Access> CHILD_DATA_READ = rules(INVOLVED, INVOLVED, DENIED, ALLOWED, DENIED);
    /**
     * A manager's decision on their agency's case or work (the case's rules add: an assessment submitted by their own
     * agency and not by them; a share revoked only by the agency that opened the case).
     */
    public static final Map<Role, Access> MANAGER_DECISION = rules(DENIED, INVOLVED, DENIED, DENIED, DENIED);
    /** The audit trail of who saw what. */
    public static final Map<Role, Access> AUDIT = rules(DENIED, DENIED, DENIED, ALLOWED, DENIED);
    /**
     * De-identified figures: board members and auditors for the whole partnership, managers for their own agency
     * (the endpoint narrows a manager's figures to it).
     */
    public static final Map<Role, Access> AGGREGATES = rules(DENIED, INVOLVED, ALLOWED, ALLOWED, DENIED);
    /**
     * The live dashboard: a manager's own agency (with its lists of cases awaiting a decision), the board's
     * de-identified counts.
     */
    public static final Map<Role, Access> DASHBOARD = rules(DENIED, INVOLVED, ALLOWED, DENIED, DENIED);
    /** Configuration and records management: no child's data in any answer. */
    public static final Map<Role, Access> ADMINISTRATION = rules(DENIED, DENIED, DENIED, DENIED, ALLOWED);
    /** Published reference data (the form), no child in it. */
    public static final Map<Role, Access> REFERENCE = rules(ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED);

    private static final List<Row> ROWS = List.of(
            // command-service: cases
            row(COMMAND, "POST", "/api/cases", "OPEN_CASE", false, CASE_WORK),
            row(COMMAND, "PUT", "/api/cases/{caseId}/child", "CORRECT_CHILD_DETAILS", false, CASE_WORK),
            row(COMMAND, "PUT", "/api/cases/{caseId}/details", "UPDATE_CASE_DETAILS", false, CASE_WORK),
            row(COMMAND, "POST", "/api/cases/{caseId}/assessments", "START_ASSESSMENT", false, CASE_WORK),
            row(COMMAND, "POST", "/api/cases/{caseId}/shares", "SHARE_CASE", false, CASE_WORK),
            row(COMMAND, "POST", "/api/cases/{caseId}/shares/{agency}/revocation", "REVOKE_SHARE", false,
                    MANAGER_DECISION),
            // command-service: records management (no child's data in any answer)
            row(COMMAND, "POST", "/api/cases/{caseId}/legal-hold", "PLACE_LEGAL_HOLD", false, ADMINISTRATION),
            row(COMMAND, "POST", "/api/cases/{caseId}/legal-hold/lift", "LIFT_LEGAL_HOLD", false, ADMINISTRATION),
            row(COMMAND, "POST", "/api/cases/{caseId}/erasure", "ERASE_CASE", false, ADMINISTRATION),
            // command-service: assessments
            row(COMMAND, "POST", "/api/assessments/{assessmentId}/indicators", "MARK_INDICATOR", false, CASE_WORK),
            row(COMMAND, "POST", "/api/assessments/{assessmentId}/indicators/{code}/withdrawal", "WITHDRAW_INDICATOR",
                    false, CASE_WORK),
            row(COMMAND, "POST", "/api/assessments/{assessmentId}/evidence", "ADD_EVIDENCE", false, CASE_WORK),
            row(COMMAND, "PUT", "/api/assessments/{assessmentId}/additional-detail/{section}",
                    "RECORD_ADDITIONAL_DETAIL", false, CASE_WORK),
            row(COMMAND, "PUT", "/api/assessments/{assessmentId}/analysis", "RECORD_ANALYSIS", false, CASE_WORK),
            row(COMMAND, "POST", "/api/assessments/{assessmentId}/learning-difficulty-confirmation",
                    "CONFIRM_LEARNING_DIFFICULTY", false, CASE_WORK),
            row(COMMAND, "PUT", "/api/assessments/{assessmentId}/professional", "RECORD_ASSESSING_PROFESSIONAL",
                    false, CASE_WORK),
            row(COMMAND, "POST", "/api/assessments/{assessmentId}/submission", "SUBMIT_ASSESSMENT", false, CASE_WORK),
            row(COMMAND, "POST", "/api/assessments/{assessmentId}/discard", "DISCARD_ASSESSMENT", false, CASE_WORK),
            row(COMMAND, "POST", "/api/assessments/{assessmentId}/authorisation", "AUTHORISE_ASSESSMENT", false,
                    MANAGER_DECISION),
            row(COMMAND, "POST", "/api/assessments/{assessmentId}/return", "RETURN_ASSESSMENT", false,
                    MANAGER_DECISION),
            // query-service
            row(QUERY, "GET", "/api/cases", "LIST_CASES", true, CHILD_DATA_READ),
            row(QUERY, "GET", "/api/cases/{caseId}", "VIEW_CASE", true, CHILD_DATA_READ),
            row(QUERY, "GET", "/api/cases/{caseId}/history", "VIEW_HISTORY", true, CHILD_DATA_READ),
            row(QUERY, "GET", "/api/assessments/{assessmentId}/changes", "VIEW_ASSESSMENT_CHANGES", true,
                    CHILD_DATA_READ),
            row(QUERY, "GET", "/api/catalogue", "VIEW_CATALOGUE", false, REFERENCE),
            row(QUERY, "GET", "/api/catalogue/{version}", "VIEW_CATALOGUE", false, REFERENCE),
            row(QUERY, "GET", "/api/cases/{caseId}/access-log", "VIEW_CASE_ACCESS_LOG", false, AUDIT),
            row(QUERY, "GET", "/api/access-log", "VIEW_ACCESS_LOG", false, AUDIT),
            row(QUERY, "GET", "/api/board/trends", "VIEW_TRENDS", false, AGGREGATES),
            row(QUERY, "GET", "/api/board/trends.csv", "EXPORT_TRENDS", false, AGGREGATES),
            row(QUERY, "GET", "/api/dashboard", "VIEW_DASHBOARD", false, DASHBOARD),
            row(QUERY, "GET", "/api/admin/projections", "LIST_PROJECTIONS", false, ADMINISTRATION),
            row(QUERY, "GET", "/api/retention/due", "LIST_RETENTION_DUE", false, ADMINISTRATION),
            row(QUERY, "POST", "/api/admin/projections/{name}/rebuild", "REBUILD_PROJECTION", false,
                    ADMINISTRATION),
            row(QUERY, "GET", "/api/admin/dead-letters", "LIST_DEAD_LETTERS", false, ADMINISTRATION),
            row(QUERY, "POST", "/api/admin/dead-letters/{deadLetterId}/redrive", "REDRIVE_DEAD_LETTER", false,
                    ADMINISTRATION));

    private AccessMatrix() {
    }

    public static List<Row> rows() {
        return ROWS;
    }

    public static Optional<Row> find(ApiService service, String method, String pathPattern) {
        return ROWS.stream()
                .filter(r -> r.service() == service && r.method().equals(method) && r.path().equals(pathPattern))
                .findFirst();
    }

    /** The matrix as the Markdown table docs/security.md shows. */
    public static String markdownTable() {
        var out = new StringBuilder("| Service | Method | Path | Action | Child's data |");
        for (var role : Role.values()) {
            out.append(' ').append(role.name()).append(" |");
        }
        out.append("\n|---|---|---|---|---|").append("---|".repeat(Role.values().length)).append('\n');
        for (var row : ROWS) {
            out.append("| ").append(row.service().applicationName()).append(" | ").append(row.method())
                    .append(" | `").append(row.path()).append("` | ").append(row.action()).append(" | ")
                    .append(row.childDataRead() ? "yes" : "no").append(" |");
            for (var role : Role.values()) {
                out.append(' ').append(row.access(role).inTable()).append(" |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static Row row(ApiService service, String method, String path, String action, boolean childDataRead,
                           Map<Role, Access> rules) {
        return new Row(service, method, path, action, childDataRead, rules);
    }

    private static Map<Role, Access> rules(Access practitioner, Access manager, Access board, Access auditor,
                                           Access admin) {
        var rules = new EnumMap<Role, Access>(Role.class);
        rules.put(Role.PRACTITIONER, practitioner);
        rules.put(Role.MANAGER, manager);
        rules.put(Role.BOARD, board);
        rules.put(Role.AUDITOR, auditor);
        rules.put(Role.ADMIN, admin);
        return Collections.unmodifiableMap(rules);
    }

    /**
     * One endpoint: which service, HTTP method and Spring path pattern (as declared on the controller), the action's
     * name in the access log, whether a successful call reads a child's data (and is therefore logged), and the rule
     * for each role.
     */
    public record Row(ApiService service, String method, String path, String action, boolean childDataRead,
                      Map<Role, Access> rules) {
        public Row {
            if (!rules.keySet().containsAll(List.of(Role.values()))) {
                throw new IllegalArgumentException("The row for " + method + " " + path + " must state every role");
            }
            rules = Collections.unmodifiableMap(new EnumMap<>(rules));
        }

        public Access access(Role role) {
            return rules.get(role);
        }

        /** The path variable naming the case or assessment the endpoint addresses, if any. */
        public Optional<String> caseVariable() {
            for (var variable : new ArrayList<>(List.of(CaseInvolvement.CASE_ID, CaseInvolvement.ASSESSMENT_ID))) {
                if (path.contains("{" + variable + "}")) {
                    return Optional.of(variable);
                }
            }
            return Optional.empty();
        }
    }
}
