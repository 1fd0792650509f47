package org.cseriskrecord.support.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cseriskrecord.support.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Enforces the {@link AccessMatrix} on every {@code /api} request of one service, after sign-in and before the
 * controller: the caller's role must be allowed by the endpoint's row (else 403), and a case the row restricts to
 * involved agencies must involve the caller's agency (else 404, exactly as for a case that does not exist). An
 * endpoint without a row is refused. Every refusal, and every successful read of a child's data, goes to the
 * {@link AccessLog}; so do refusals the controller or the case's own rules give (403 or 404).
 */
public class AccessInterceptor implements HandlerInterceptor {
    private static final String DECISION = AccessInterceptor.class.getName() + ".decision";
    private static final String UNLISTED = "UNLISTED_ENDPOINT";

    private final ApiService service;
    private final CaseInvolvement involvement;
    private final AccessLog accessLog;
    private final Clock clock;

    public AccessInterceptor(ApiService service, CaseInvolvement involvement, AccessLog accessLog, Clock clock) {
        this.service = service;
        this.involvement = involvement;
        this.accessLog = accessLog;
        this.clock = clock;
        var needsInvolvement = AccessMatrix.rows().stream().anyMatch(r -> r.service() == service
                && r.caseVariable().isPresent() && r.rules().containsValue(Access.INVOLVED));
        if (needsInvolvement && involvement == null) {
            throw new IllegalStateException(service.applicationName() + " has case endpoints restricted to "
                    + "involved agencies but no CaseInvolvement bean to tell which agencies a case involves");
        }
        if (accessLog == null) {
            throw new IllegalStateException(service.applicationName() + " has no AccessLog bean to record reads of "
                    + "children's data and refusals");
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true; // no controller behind it (e.g. an unknown path): nothing to reach
        }
        var user = SignedInUser.current().orElseThrow(() -> new AccessDeniedException("No signed-in user"));
        var pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        var row = AccessMatrix.find(service, request.getMethod(), pattern);
        if (row.isEmpty()) {
            log(user, null, UNLISTED, AccessLogEntry.Outcome.DENIED);
            throw new AccessDeniedException("No access rule for this endpoint");
        }
        var access = row.get().access(user.role());
        var variable = row.get().caseVariable();
        var id = variable.map(v -> pathVariables(request).get(v)).orElse(null);
        if (variable.isPresent() && !CaseNotFoundException.wellFormed(id)) {
            // Not an id at all: names no case, and is neither looked up nor written to the access log.
            log(user, null, row.get().action(), AccessLogEntry.Outcome.DENIED);
            throw new CaseNotFoundException(variable.get(), id);
        }
        Optional<CaseInvolvement.InvolvedAgencies> involved = variable.isPresent() && involvement != null
                ? involvement.find(variable.get(), id) : Optional.empty();
        // The case the request is about, for the log: the one the path names (an assessment's case, if known).
        var caseId = involved.map(CaseInvolvement.InvolvedAgencies::caseId)
                .orElse(CaseInvolvement.CASE_ID.equals(variable.orElse(null)) ? id : null);
        if (access == Access.DENIED) {
            log(user, caseId, row.get().action(), AccessLogEntry.Outcome.DENIED);
            throw new AccessDeniedException("The role may not call " + row.get().action());
        }
        if (access == Access.INVOLVED && variable.isPresent()
                && (involved.isEmpty() || !involved.get().involves(user.agency()))) {
            log(user, caseId, row.get().action(), AccessLogEntry.Outcome.DENIED);
            throw new CaseNotFoundException(variable.get(), id);
        }
        request.setAttribute(CaseScope.ATTRIBUTE,
                access == Access.INVOLVED ? CaseScope.involving(user.agency()) : CaseScope.allCases());
        request.setAttribute(DECISION, new Decision(user, row.get(), caseId));
        return true;
    }

    /** The controller's own answer: a read of a child's data is logged, and so is a refusal by the case's rules. */
    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception ex) {
        if (!(request.getAttribute(DECISION) instanceof Decision decision)) {
            return;
        }
        int status = response.getStatus();
        if (status == 403 || status == 404) {
            log(decision.user(), decision.caseId(), decision.row().action(), AccessLogEntry.Outcome.DENIED);
        } else if (decision.row().childDataRead() && status < 400 && ex == null) {
            log(decision.user(), decision.caseId(), decision.row().action(), AccessLogEntry.Outcome.ALLOWED);
        }
    }

    private void log(SignedInUser user, String caseId, String action, AccessLogEntry.Outcome outcome) {
        accessLog.record(AccessLogEntry.of(clock.instant(), user.userId(), user.role().name(), user.agency(), caseId,
                action, outcome, service));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        var variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? Map.of() : (Map<String, String>) variables;
    }

    private record Decision(SignedInUser user, AccessMatrix.Row row, String caseId) {
    }
}
