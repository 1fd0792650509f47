package org.cseriskrecord.web.review;

import org.cseriskrecord.web.cases.CaseOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.web.api.ApiProblem;
import org.cseriskrecord.web.api.CommandApi;
import org.cseriskrecord.web.api.QueryApi;
import org.cseriskrecord.web.cases.ChangeOutcome;
import org.cseriskrecord.web.pages.FormErrors;
import org.cseriskrecord.web.signin.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Journey 5, the manager's review of a submitted assessment: the assessment as submitted, what changed since the
 * child's previous authorised assessment, the assessment's change history, and the decision — authorise (with
 * comments, and a level of the manager's own with a reason) or return to the practitioner with a reason. Who may
 * decide is command-service's rule; the page says beforehand why someone may not ({@link Oversight}) and shows the
 * service's own sentence if it refuses.
 */
@Controller
class ReviewController {

    static final List<String> LEVELS = CaseOptions.LEVELS_HIGHEST_FIRST;

    private final QueryApi query;
    private final CommandApi commands;
    private final ChangeOutcome outcome;
    private final ObjectMapper mapper;
    private final MessageSource messages;

    ReviewController(QueryApi query, CommandApi commands, ChangeOutcome outcome, ObjectMapper mapper,
                     MessageSource messages) {
        this.query = query;
        this.commands = commands;
        this.outcome = outcome;
        this.mapper = mapper;
        this.messages = messages;
    }

    @GetMapping("/cases/{caseId}/assessments/{assessmentId}/review")
    String review(@PathVariable String caseId, @PathVariable String assessmentId, Authentication authentication,
                  Model model) {
        return page(caseId, assessmentId, new Decision(null, null, null, null), FormErrors.none(),
                SignedInUser.of(authentication), model);
    }

    @PostMapping("/cases/{caseId}/assessments/{assessmentId}/authorisation")
    String authorise(@PathVariable String caseId, @PathVariable String assessmentId,
                     @RequestParam(required = false) String comments, @RequestParam(required = false) String level,
                     @RequestParam(required = false) String levelRationale, Authentication authentication,
                     Model model, RedirectAttributes redirect) {
        var decision = new Decision(comments, blankToNull(level), levelRationale, null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("comments", blankToNull(comments));
        if (decision.level() != null) {
            body.put("level", decision.level());
            body.put("levelRationale", blankToNull(levelRationale));
        }
        try {
            var change = commands.post("/api/assessments/{id}/authorisation", body, assessmentId);
            return outcome.redirectToCase(caseId, change, "review.authorised", redirect);
        } catch (ApiProblem problem) {
            return refused(problem, "levelRationale", caseId, assessmentId, decision, authentication, model);
        }
    }

    @PostMapping("/cases/{caseId}/assessments/{assessmentId}/return")
    String returnToPractitioner(@PathVariable String caseId, @PathVariable String assessmentId,
                                @RequestParam(required = false) String reason, Authentication authentication,
                                Model model, RedirectAttributes redirect) {
        var decision = new Decision(null, null, null, reason);
        try {
            var change = commands.post("/api/assessments/{id}/return",
                    Map.of("reason", reason == null ? "" : reason), assessmentId);
            return outcome.redirectToCase(caseId, change, "review.returned", redirect);
        } catch (ApiProblem problem) {
            return refused(problem, "reason", caseId, assessmentId, decision, authentication, model);
        }
    }

    /**
     * A refusal the manager can act on stays on the review page as an error summary: invalid input (400) beside its
     * field, a rule about who may decide (403) and a submission that no longer holds (409, with every unmet
     * requirement, linking to the return form: the way to put it right). Anything else is an error page.
     */
    private String refused(ApiProblem problem, String fallbackField, String caseId, String assessmentId,
                           Decision decision, Authentication authentication, Model model) {
        if (problem.status() != 400 && problem.status() != 403 && problem.status() != 409) {
            throw problem;
        }
        String fallback = problem.status() == 409 ? "reason" : fallbackField;
        var errors = FormErrors.from(problem, field -> field, fallback, field -> messages.getMessage(
                "review.field." + field, null, null, LocaleContextHolder.getLocale()));
        if (problem.status() == 409 && !problem.unmetRequirements().isEmpty()) {
            errors = FormErrors.none().summaryOnly(fallback, problem.detail());
            for (String unmet : problem.unmetRequirements()) {
                errors.summaryOnly(fallback, unmet);
            }
        }
        return page(caseId, assessmentId, decision, errors, SignedInUser.of(authentication), model);
    }

    private String page(String caseId, String assessmentId, Decision decision, FormErrors errors, SignedInUser user,
                        Model model) {
        var status = query.caseStatus(caseId).json();
        JsonNode current = status.path("currentAssessment");
        if (!assessmentId.equals(current.path("assessmentId").asText())) {
            // Only the current assessment is held in full by the read side; an older one is read on the timeline.
            throw new ApiProblem(404, "Not found", "This is not the case's current assessment: see the case's "
                    + "timeline for earlier ones.", List.of(), List.of());
        }
        JsonNode history = query.history(caseId);
        JsonNode changes = query.assessmentChanges(assessmentId);
        model.addAttribute("caseId", caseId);
        model.addAttribute("assessmentId", assessmentId);
        model.addAttribute("caseRecord", mapper.convertValue(status, Map.class));
        model.addAttribute("assessment", mapper.convertValue(current, Map.class));
        model.addAttribute("indicatorsByCategory", byCategory(current.path("indicators")));
        model.addAttribute("changes", mapper.convertValue(changes, Map.class));
        model.addAttribute("assessmentHistory", entriesAbout(assessmentId, history));
        model.addAttribute("oversight", Oversight.of(user, current, history));
        model.addAttribute("levels", LEVELS);
        model.addAttribute("decision", decision);
        model.addAttribute("errors", errors);
        return "review/review";
    }

    /** The indicators in the seed's order of sections: vulnerabilities, then LOW, MEDIUM and HIGH. */
    private Map<String, List<Object>> byCategory(JsonNode indicators) {
        Map<String, List<Object>> sections = new LinkedHashMap<>();
        for (String category : CaseOptions.SECTIONS) {
            sections.put(category, new ArrayList<>());
        }
        for (JsonNode indicator : indicators) {
            sections.computeIfAbsent(indicator.path("category").asText(), c -> new ArrayList<>())
                    .add(mapper.convertValue(indicator, Map.class));
        }
        return sections;
    }

    /** The history entries about this assessment, newest first: who did what, when, and why. */
    private List<Object> entriesAbout(String assessmentId, JsonNode history) {
        List<Object> entries = new ArrayList<>();
        for (JsonNode entry : history) {
            if (assessmentId.equals(entry.path("data").path("assessmentId").asText())) {
                entries.add(0, mapper.convertValue(entry, Map.class));
            }
        }
        return entries;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** What the manager typed, kept when the page is shown again with errors. */
    public record Decision(String comments, String level, String levelRationale, String reason) {
    }
}
