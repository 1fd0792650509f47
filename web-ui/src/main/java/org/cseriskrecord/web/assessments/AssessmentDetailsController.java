package org.cseriskrecord.web.assessments;

import org.cseriskrecord.web.cases.CaseOptions;
import jakarta.servlet.http.HttpSession;
import org.cseriskrecord.web.api.ApiProblem;
import org.cseriskrecord.web.api.CommandApi;
import org.cseriskrecord.web.cases.ChangeOutcome;
import org.cseriskrecord.web.pages.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The assessment's parts other than the ticked items: the "Additional detail/evidence" boxes, the professional's
 * analysis and the level the child is assessed as, who completes it, and confirming the child's learning-difficulty
 * answer where the rules ask for it. Each page saves with one command per box and returns to the task list.
 */
@Controller
@PreAuthorize("hasRole('PRACTITIONER')")
class AssessmentDetailsController {

    private static final List<String> LEVELS = CaseOptions.LEVELS;
    private static final List<String> PROFESSIONAL_FIELDS = List.of("name", "jobTitle", "agency", "telephone",
            "email");

    private final AssessmentPages pages;
    private final CommandApi commands;
    private final ChangeOutcome outcome;
    private final MessageSource messages;

    AssessmentDetailsController(AssessmentPages pages, CommandApi commands, ChangeOutcome outcome,
                                MessageSource messages) {
        this.pages = pages;
        this.commands = commands;
        this.outcome = outcome;
        this.messages = messages;
    }

    // ---- Additional detail/evidence, one box per part of the tool ----

    @GetMapping("/cases/{caseId}/assessments/{assessmentId}/additional-detail")
    String detailForm(@PathVariable String caseId, @PathVariable String assessmentId, Model model) {
        var view = editable(caseId, assessmentId);
        Map<String, String> detail = new LinkedHashMap<>();
        AssessmentView.SECTIONS.forEach(s -> detail.put(s, view.additionalDetail(s)));
        return detailPage(view, detail, FormErrors.none(), model);
    }

    @PostMapping("/cases/{caseId}/assessments/{assessmentId}/additional-detail")
    String saveDetail(@PathVariable String caseId, @PathVariable String assessmentId,
                      @RequestParam Map<String, String> params, HttpSession session, Model model,
                      RedirectAttributes redirect) {
        var view = editable(caseId, assessmentId);
        Map<String, String> detail = new LinkedHashMap<>();
        AssessmentView.SECTIONS.forEach(s -> detail.put(s, params.getOrDefault("detail-" + s, "").strip()));
        CommandApi.Change last = null;
        for (String section : AssessmentView.SECTIONS) {
            String before = Objects.requireNonNullElse(view.additionalDetail(section), "");
            if (before.equals(detail.get(section))) {
                continue;
            }
            try {
                last = commands.put("/api/assessments/{assessmentId}/additional-detail/{section}",
                        Map.of("text", detail.get(section)), assessmentId, section);
            } catch (ApiProblem problem) {
                if (problem.status() != 400) {
                    throw problem;
                }
                return detailPage(view, detail, FormErrors.from(problem, field -> "detail-" + section,
                        "detail-" + section, field -> message("assessment.detail.field")), model);
            }
        }
        TaskList.markSaved(session, assessmentId, "additional-detail");
        return done(view, last, redirect);
    }

    private String detailPage(AssessmentView view, Map<String, String> detail, FormErrors errors, Model model) {
        model.addAttribute("detail", detail);
        return pages.page("assessments/additional-detail", view, errors, model);
    }

    // ---- The professional's analysis and the level the child is assessed as ----

    @GetMapping("/cases/{caseId}/assessments/{assessmentId}/analysis")
    String analysisForm(@PathVariable String caseId, @PathVariable String assessmentId, Model model) {
        var view = editable(caseId, assessmentId);
        var json = view.json();
        var form = new AnalysisForm(AssessmentView.text(json, "analysis"), lines(json.path("locationsOfConcern")),
                lines(json.path("personsOfConcern")), AssessmentView.text(json, "assessedLevel"),
                AssessmentView.text(json, "rationale"));
        return analysisPage(view, form, FormErrors.none(), model);
    }

    @PostMapping("/cases/{caseId}/assessments/{assessmentId}/analysis")
    String saveAnalysis(@PathVariable String caseId, @PathVariable String assessmentId,
                        @RequestParam(required = false) String analysis,
                        @RequestParam(required = false) String locationsOfConcern,
                        @RequestParam(required = false) String personsOfConcern,
                        @RequestParam(required = false) String assessedLevel,
                        @RequestParam(required = false) String rationale, Model model,
                        RedirectAttributes redirect) {
        var view = editable(caseId, assessmentId);
        var form = new AnalysisForm(analysis, locationsOfConcern, personsOfConcern, assessedLevel, rationale);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("analysis", blankToNull(analysis));
        body.put("locationsOfConcern", list(locationsOfConcern));
        body.put("personsOfConcern", list(personsOfConcern));
        body.put("assessedLevel", assessedLevel != null && LEVELS.contains(assessedLevel) ? assessedLevel : null);
        body.put("rationale", blankToNull(rationale));
        try {
            return done(view, commands.put("/api/assessments/{assessmentId}/analysis", body, assessmentId),
                    redirect);
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            return analysisPage(view, form, analysisErrors(problem), model);
        }
    }

    /**
     * Field errors beside their box; the judgement rules' sentences (which come without a field, and again as unmet
     * requirements) beside the rationale when they ask for one, else beside the level.
     */
    private FormErrors analysisErrors(ApiProblem problem) {
        var errors = FormErrors.none();
        for (var p : problem.fieldErrors()) {
            if (p.field() == null) {
                errors.add(p.message().contains("rationale") ? "rationale" : "assessedLevel", p.message());
            } else {
                String field = p.field().replaceAll("\\[.*", "");
                String message = p.message();
                if (!message.isEmpty() && Character.isLowerCase(message.charAt(0))) {
                    message = message("assessment.field." + field, field) + " " + message;
                }
                errors.add(field, message);
            }
        }
        if (errors.isEmpty()) {
            problem.unmetRequirements().forEach(u -> errors.add(u.contains("rationale") ? "rationale"
                    : "assessedLevel", u));
        }
        if (errors.isEmpty()) {
            errors.add("analysis", problem.detail());
        }
        return errors;
    }

    private String analysisPage(AssessmentView view, AnalysisForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("levels", LEVELS);
        return pages.page("assessments/analysis", view, errors, model);
    }

    /** The analysis page as typed; locations and persons of concern one a line. */
    public record AnalysisForm(String analysis, String locationsOfConcern, String personsOfConcern,
                               String assessedLevel, String rationale) {
    }

    // ---- Who completes the assessment (the seed's "Professional's name and signature") ----

    @GetMapping("/cases/{caseId}/assessments/{assessmentId}/completed-by")
    String professionalForm(@PathVariable String caseId, @PathVariable String assessmentId, Model model) {
        var view = editable(caseId, assessmentId);
        Map<String, String> form = new LinkedHashMap<>();
        PROFESSIONAL_FIELDS.forEach(f -> form.put(f, AssessmentView.text(view.json().path("completedBy"), f)));
        return professionalPage(view, form, FormErrors.none(), model);
    }

    @PostMapping("/cases/{caseId}/assessments/{assessmentId}/completed-by")
    String saveProfessional(@PathVariable String caseId, @PathVariable String assessmentId,
                            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        var view = editable(caseId, assessmentId);
        Map<String, String> form = new LinkedHashMap<>();
        PROFESSIONAL_FIELDS.forEach(f -> form.put(f, blankToNull(params.get(f))));
        try {
            return done(view, commands.put("/api/assessments/{assessmentId}/professional", form, assessmentId),
                    redirect);
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            return professionalPage(view, form, FormErrors.from(problem,
                    field -> PROFESSIONAL_FIELDS.contains(field) ? field : null, "name",
                    field -> message("assessment.professional." + field)), model);
        }
    }

    private String professionalPage(AssessmentView view, Map<String, String> form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        return pages.page("assessments/completed-by", view, errors, model);
    }

    // ---- Confirming the child's learning-difficulty answer ----

    @GetMapping("/cases/{caseId}/assessments/{assessmentId}/learning-difficulty")
    String learningDifficultyForm(@PathVariable String caseId, @PathVariable String assessmentId, Model model) {
        return learningDifficultyPage(editable(caseId, assessmentId), FormErrors.none(), model);
    }

    @PostMapping("/cases/{caseId}/assessments/{assessmentId}/learning-difficulty")
    String confirmLearningDifficulty(@PathVariable String caseId, @PathVariable String assessmentId,
                                     @RequestParam(required = false) String learningDifficulty, Model model,
                                     RedirectAttributes redirect) {
        var view = editable(caseId, assessmentId);
        try {
            return done(view, commands.post("/api/assessments/{assessmentId}/learning-difficulty-confirmation",
                    Map.of("learningDifficulty", Objects.requireNonNullElse(learningDifficulty, "")), assessmentId),
                    redirect);
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 409) {
                throw problem;
            }
            return learningDifficultyPage(view, FormErrors.none().add("learningDifficulty", problem.detail()),
                    model);
        }
    }

    private String learningDifficultyPage(AssessmentView view, FormErrors errors, Model model) {
        return pages.page("assessments/learning-difficulty", view, errors, model);
    }

    // ---- shared ----

    private AssessmentView editable(String caseId, String assessmentId) {
        var view = pages.load(caseId, assessmentId);
        if (!view.editable()) {
            throw new ApiProblem(409, "Not possible now", message("assessment.notEditable"), List.of(), List.of());
        }
        return view;
    }

    private String done(AssessmentView view, CommandApi.Change change, RedirectAttributes redirect) {
        String next = AssessmentPages.base(view.caseId(), view.assessmentId());
        if (change == null) {
            redirect.addFlashAttribute("success", message("assessment.saved"));
            return "redirect:" + next;
        }
        return outcome.redirect(view.caseId(), change, "assessment.saved", next, redirect);
    }

    private static String lines(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> lines = new java.util.ArrayList<>();
        array.forEach(n -> lines.add(n.asText()));
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private static List<String> list(String lines) {
        return lines == null ? List.of() : Arrays.stream(lines.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
