package org.cseriskrecord.web.cases;

import org.cseriskrecord.web.api.ApiProblem;
import org.cseriskrecord.web.api.CommandApi;
import org.cseriskrecord.web.api.QueryApi;
import org.cseriskrecord.web.pages.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/**
 * Journey 8: discarding a draft assessment, with a reason (its author, or a manager of the author's agency — the
 * command service decides and its refusal is shown). The draft stays in the history and never counts.
 */
@Controller
class DiscardController {

    private final QueryApi query;
    private final CommandApi commands;
    private final ChangeOutcome outcome;

    DiscardController(QueryApi query, CommandApi commands, ChangeOutcome outcome) {
        this.query = query;
        this.commands = commands;
        this.outcome = outcome;
    }

    @GetMapping("/cases/{caseId}/assessments/{assessmentId}/discard")
    String form(@PathVariable String caseId, @PathVariable String assessmentId, Model model) {
        return page(caseId, assessmentId, null, FormErrors.none(), model);
    }

    @PostMapping("/cases/{caseId}/assessments/{assessmentId}/discard")
    String discard(@PathVariable String caseId, @PathVariable String assessmentId,
                   @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            var change = commands.post("/api/assessments/{id}/discard", Map.of("reason", reason == null ? "" : reason),
                    assessmentId);
            return outcome.redirectToCase(caseId, change, "discard.done", redirect);
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            return page(caseId, assessmentId, reason, FormErrors.from(problem, f -> f, "reason"), model);
        }
    }

    private String page(String caseId, String assessmentId, String reason, FormErrors errors, Model model) {
        var status = query.caseStatus(caseId).json();
        model.addAttribute("caseId", caseId);
        model.addAttribute("assessmentId", assessmentId);
        model.addAttribute("childName", status.path("child").path("name").asText());
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "cases/discard";
    }
}
