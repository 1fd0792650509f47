package org.cseriskrecord.support.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cseriskrecord.support.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;
import java.util.Optional;

/**
 * Enforces the {@link AccessMatrix} on every {@code /api} request of one service, after sign-in and before the
 * controller: the caller's role must be allowed by the endpoint's row (else 403), and a case the row restricts to
 * involved agencies must involve the caller's agency (else 404, exactly as for a case that does not exist). An
 * endpoint without a row is refused.
 */
public class AccessInterceptor implements HandlerInterceptor {

    private final ApiService service;
    private final CaseInvolvement involvement;

    public AccessInterceptor(ApiService service, CaseInvolvement involvement) {
        this.service = service;
        this.involvement = involvement;
        var needsInvolvement = AccessMatrix.rows().stream().anyMatch(r -> r.service() == service
                && r.caseVariable().isPresent() && r.rules().containsValue(Access.INVOLVED));
        if (needsInvolvement && involvement == null) {
            throw new IllegalStateException(service.applicationName() + " has case endpoints restricted to "
                    + "involved agencies but no CaseInvolvement bean to tell which agencies a case involves");
        }
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true; // no controller behind it (e.g. an unknown path): nothing to reach
        }
        var user = SignedInUser.current().orElseThrow(() -> new AccessDeniedException("No signed-in user"));
        var pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        var row = AccessMatrix.find(service, request.getMethod(), pattern)
                .orElseThrow(() -> new AccessDeniedException("No access rule for this endpoint"));
        var access = row.access(user.role());
        if (access == Access.DENIED) {
            throw new AccessDeniedException("The role may not call " + row.action());
        }
        if (access == Access.INVOLVED) {
            var variable = row.caseVariable();
            if (variable.isPresent()) {
                var id = pathVariables(request).get(variable.get());
                Optional<CaseInvolvement.InvolvedAgencies> involved = involvement.find(variable.get(), id);
                if (involved.isEmpty() || !involved.get().involves(user.agency())) {
                    throw new CaseNotFoundException(variable.get(), id);
                }
            }
            request.setAttribute(CaseScope.ATTRIBUTE, CaseScope.involving(user.agency()));
        } else {
            request.setAttribute(CaseScope.ATTRIBUTE, CaseScope.allCases());
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> pathVariables(HttpServletRequest request) {
        var variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? Map.of() : (Map<String, String>) variables;
    }
}
