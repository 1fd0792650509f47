package org.cseriskrecord.web.assessments;

import jakarta.servlet.http.HttpSession;
import org.cseriskrecord.web.api.ApiProblem;
import org.cseriskrecord.web.api.CommandApi;
import org.cseriskrecord.web.api.QueryApi;
import org.cseriskrecord.web.cases.ChangeOutcome;
import org.cseriskrecord.web.pages.DateParts;
import org.cseriskrecord.web.pages.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * Journey 4: starting an assessment, its task list (the seed's parts in order, each with its status), checking the
 * answers and submitting it for a manager's authorisation. Submitting with gaps lists every unmet requirement,
 * each linking to the page that puts it right.
 */
@Controller
class AssessmentController {

    /** The partnership's local date: an assessment dated "today" is dated as the practitioner's calendar says. */
    private static final ZoneId LOCAL = ZoneId.of("Europe/London");

    private final AssessmentPages pages;
    private final QueryApi query;
    private final CommandApi commands;
    private final ChangeOutcome outcome;
    private final MessageSource messages;

    AssessmentController(AssessmentPages pages, QueryApi query, CommandApi commands, ChangeOutcome outcome,
                         MessageSource messages) {
        this.pages = pages;
        this.query = query;
        this.commands = commands;
        this.outcome = outcome;
        this.messages = messages;
    }

    /** The date the tool is completed on: today unless the practitioner gives an earlier one. */
    public static class StartForm {
        private DateParts assessmentDate = new DateParts();

        public DateParts getAssessmentDate() {
            return assessmentDate;
        }

        public void setAssessmentDate(DateParts assessmentDate) {
            this.assessmentDate = assessmentDate;
        }
    }

    @GetMapping("/cases/{caseId}/assessments/new")
    @PreAuthorize("hasRole('PRACTITIONER')")
    String startForm(@PathVariable String caseId, Model model) {
        var form = new StartForm();
        form.setAssessmentDate(DateParts.of(LocalDate.now(LOCAL)));
        return startPage(caseId, form, FormErrors.none(), model);
    }

    @PostMapping("/cases/{caseId}/assessments/new")
    @PreAuthorize("hasRole('PRACTITIONER')")
    String start(@PathVariable String caseId, @ModelAttribute("form") StartForm form, Model model,
                 RedirectAttributes redirect) {
        var date = form.getAssessmentDate().toDate();
        if (date.isEmpty()) {
            return startPage(caseId, form, FormErrors.none().add("assessmentDate",
                    message("assessment.start.date.invalid")), model);
        }
        try {
            var change = commands.post("/api/cases/{caseId}/assessments",
                    Map.of("assessmentDate", date.get().toString()), caseId);
            String assessmentId = change.body().path("assessmentId").asText();
            return outcome.redirect(caseId, change, "assessment.started", AssessmentPages.base(caseId, assessmentId),
                    redirect);
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            return startPage(caseId, form, FormErrors.from(problem, field -> "assessmentDate", "assessmentDate",
                    field -> message("assessment.start.date")), model);
        }
    }

    private String startPage(String caseId, StartForm form, FormErrors errors, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("childName", query.caseStatus(caseId).json().path("child").path("name").asText());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "assessments/start";
    }

    @GetMapping("/cases/{caseId}/assessments/{assessmentId}")
    String taskList(@PathVariable String caseId, @PathVariable String assessmentId, HttpSession session,
                    Model model) {
        var view = pages.load(caseId, assessmentId);
        if (!AssessmentPages.changeable(view, model)) {
            // Submitted, decided, or read by someone who cannot change it (a manager or an auditor): its answers.
            return "redirect:" + AssessmentPages.base(caseId, assessmentId) + "/check-answers";
        }
        pages.share(view, model);
        var tasks = TaskList.of(view, session);
        model.addAttribute("tasks", tasks);
        model.addAttribute("completedCount", tasks.stream().filter(t -> TaskList.COMPLETED.equals(t.status()))
                .count());
        return "assessments/tasks";
    }

    @GetMapping("/cases/{caseId}/assessments/{assessmentId}/check-answers")
    String checkAnswers(@PathVariable String caseId, @PathVariable String assessmentId, Model model) {
        return checkAnswersPage(pages.load(caseId, assessmentId), FormErrors.none(), model);
    }

    @PostMapping("/cases/{caseId}/assessments/{assessmentId}/submission")
    @PreAuthorize("hasRole('PRACTITIONER')")
    String submit(@PathVariable String caseId, @PathVariable String assessmentId, Model model,
                  RedirectAttributes redirect) {
        try {
            var change = commands.post("/api/assessments/{assessmentId}/submission", Map.of(), assessmentId);
            return outcome.redirectToCase(caseId, change, "assessment.submitted", redirect);
        } catch (ApiProblem problem) {
            if (problem.unmetRequirements().isEmpty() && problem.status() != 400) {
                throw problem;
            }
            var view = pages.load(caseId, assessmentId);
            var errors = problem.unmetRequirements().isEmpty()
                    ? FormErrors.none().summaryOnly("submit", problem.detail())
                    : UnmetRequirements.of(problem.unmetRequirements(), view);
            return checkAnswersPage(view, errors, model);
        }
    }

    private String checkAnswersPage(AssessmentView view, FormErrors errors, Model model) {
        return pages.page("assessments/check-answers", view, errors, model);
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
