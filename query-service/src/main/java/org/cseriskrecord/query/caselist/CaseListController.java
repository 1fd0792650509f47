package org.cseriskrecord.query.caselist;

import org.cseriskrecord.events.AssessmentStatus;
import org.cseriskrecord.query.outcome.OutcomeCalculator;
import org.cseriskrecord.query.web.InvalidParameterException;
import org.cseriskrecord.riskmodel.rules.RiskLevel;
import org.cseriskrecord.support.access.CaseScope;
import jakarta.servlet.http.HttpServletRequest;
import org.cseriskrecord.support.security.SignedInUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

    private final CaseListReader reader;
    private final OutcomeCalculator outcomes;

    CaseListController(CaseListReader reader, OutcomeCalculator outcomes) {
        this.reader = reader;
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
        String level = present(riskLevel) ? oneOf("riskLevel", riskLevel, RISK_LEVELS) : null;
        String state = present(status) ? oneOf("status", status, STATUSES) : null;
        String inArea = present(area) ? oneOf("area", area, List.copyOf(outcomes.areas())) : null;
        List<String> words = List.of();
        if (present(search)) {
            if (search.strip().length() > MAX_SEARCH) {
                throw new InvalidParameterException("search", "must be at most " + MAX_SEARCH + " characters");
            }
            words = List.of(search.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        }
        CaseListQuery.Manager manager = null;
        if (present(awaitingMyAuthorisation)) {
            if ("true".equals(awaitingMyAuthorisation.strip())) {
                var user = SignedInUser.require();
                manager = new CaseListQuery.Manager(user.userId(), user.role().name(), user.agency());
            } else if (!"false".equals(awaitingMyAuthorisation.strip())) {
                throw new InvalidParameterException("awaitingMyAuthorisation", "must be true or false");
            }
        }
        var scope = CaseScope.of(request);
        return reader.cases(new CaseListQuery(
                level, state, inArea, words, manager, scope.everyCase(), scope.agency(),
                number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT),
                number("offset", offset, 0, 0, Integer.MAX_VALUE)));
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
