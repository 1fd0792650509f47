package org.cseriskrecord.query.dashboard;

import org.cseriskrecord.query.trends.TrendsQuery;
import org.cseriskrecord.query.web.InvalidParameterException;
import org.cseriskrecord.query.web.AgencyScope;
import org.cseriskrecord.events.Role;
import org.cseriskrecord.support.security.SignedInUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/dashboard[?agency=]}: the live dashboard. A manager sees their own agency's cases, with the lists
 * of cases awaiting authorisation and overdue for review; a board member sees every agency (or one, with
 * {@code agency}), de-identified: suppressed counts and no lists.
 */
@RestController
class DashboardController {

    private final DashboardReader reader;

    DashboardController(DashboardReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/dashboard")
    DashboardView dashboard(@RequestParam(required = false) String agency) {
        String asked = agency == null || agency.isBlank() ? null : agency.strip();
        if (asked != null && asked.length() > TrendsQuery.MAX_AGENCY_LENGTH) {
            throw new InvalidParameterException("agency", "must be at most " + TrendsQuery.MAX_AGENCY_LENGTH
                    + " characters");
        }
        var user = SignedInUser.require();
        var scope = AgencyScope.of(user, asked, "the dashboard");
        return reader.dashboard(scope.orElse(null), user.role() == Role.MANAGER);
    }
}
