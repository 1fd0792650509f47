package org.cseriskrecord.web.assessments;

import jakarta.servlet.http.HttpSession;
import org.cseriskrecord.web.api.ApiProblem;
import org.cseriskrecord.web.api.CommandApi;
import org.cseriskrecord.web.api.ReadYourWrites;
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

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One part of the tool (vulnerability factors, or the LOW, MEDIUM or HIGH indicators): a checkbox per item with the
 * seed's label, each revealing its evidence box. Saving marks what is newly ticked (with its evidence), confirms
 * what was carried forward, adds new evidence to what was already marked and withdraws what was unticked (with the
 * reason the service requires) — one command each, in the seed's order.
 */
@Controller
@PreAuthorize("hasRole('PRACTITIONER')")
class SectionController {

    private final AssessmentPages pages;
    private final CommandApi commands;
    private final ChangeOutcome outcome;
    private final ReadYourWrites readYourWrites;
    private final MessageSource messages;

    SectionController(AssessmentPages pages, CommandApi commands, ChangeOutcome outcome,
                      ReadYourWrites readYourWrites, MessageSource messages) {
        this.pages = pages;
        this.commands = commands;
        this.outcome = outcome;
        this.readYourWrites = readYourWrites;
        this.messages = messages;
    }

    @GetMapping("/cases/{caseId}/assessments/{assessmentId}/sections/{section}")
    String form(@PathVariable String caseId, @PathVariable String assessmentId, @PathVariable String section,
                Model model) {
        var view = pages.load(caseId, assessmentId);
        requireSection(section);
        Set<String> ticked = new HashSet<>();
        view.items(section).stream().filter(AssessmentView.Item::marked).forEach(i -> ticked.add(i.code()));
        return page(view, section, ticked, Map.of(), null, FormErrors.none(), model);
    }

    @PostMapping("/cases/{caseId}/assessments/{assessmentId}/sections/{section}")
    String save(@PathVariable String caseId, @PathVariable String assessmentId, @PathVariable String section,
                @RequestParam(name = "indicators", required = false) List<String> indicators,
                @RequestParam(required = false) String withdrawalReason,
                @RequestParam Map<String, String> params, HttpSession session, Model model,
                RedirectAttributes redirect) {
        var view = pages.load(caseId, assessmentId);
        requireSection(section);
        Set<String> ticked = indicators == null ? Set.of() : Set.copyOf(indicators);
        Map<String, String> evidence = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("evidence-") && value != null && !value.isBlank()) {
                evidence.put(name.substring("evidence-".length()), value.strip());
            }
        });
        var items = view.items(section).stream().filter(i -> !i.derived()).toList();
        boolean withdrawing = items.stream().anyMatch(i -> i.marked() && !ticked.contains(i.code()));
        if (withdrawing && (withdrawalReason == null || withdrawalReason.isBlank())) {
            return page(view, section, ticked, evidence, withdrawalReason, FormErrors.none()
                    .add("withdrawalReason", message("assessment.withdrawalReason.required")), model);
        }
        CommandApi.Change last = null;
        Set<String> done = new HashSet<>();
        for (var item : items) {
            String text = evidence.get(item.code());
            try {
                CommandApi.Change change = apply(assessmentId, item, ticked.contains(item.code()), text,
                        withdrawalReason);
                if (change != null) {
                    last = change;
                    done.add(item.code());
                }
            } catch (ApiProblem problem) {
                if (problem.status() != 400 && problem.status() != 409) {
                    throw problem;
                }
                return refused(problem, item, view, section, ticked, evidence, done, last, withdrawalReason, model);
            }
        }
        TaskList.markSaved(session, assessmentId, section);
        String next = AssessmentPages.base(caseId, assessmentId);
        if (last == null) {
            redirect.addFlashAttribute("success", message("assessment.saved"));
            return "redirect:" + next;
        }
        return outcome.redirect(caseId, last, "assessment.saved", next, redirect);
    }

    /** The one command this item needs, or none (null) when nothing about it changed. */
    private CommandApi.Change apply(String assessmentId, AssessmentView.Item item, boolean ticked, String evidence,
                                    String withdrawalReason) {
        if (ticked && (!item.marked() || item.carriedForward())) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", item.code());
            body.put("evidence", evidence);
            return commands.post("/api/assessments/{assessmentId}/indicators", body, assessmentId);
        }
        if (ticked && evidence != null) {
            return commands.post("/api/assessments/{assessmentId}/evidence",
                    Map.of("indicatorCode", item.code(), "text", evidence), assessmentId);
        }
        if (!ticked && item.marked()) {
            return commands.post("/api/assessments/{assessmentId}/indicators/{code}/withdrawal",
                    Map.of("reason", withdrawalReason.strip()), assessmentId, item.code());
        }
        return null;
    }

    /**
     * The service refused one item: what was saved before it stays saved, so the page is shown again from the record
     * (once it shows those changes) with that item's error, keeping what the user typed for the rest.
     */
    private String refused(ApiProblem problem, AssessmentView.Item item, AssessmentView view, String section,
                           Set<String> ticked, Map<String, String> evidence, Set<String> done, CommandApi.Change last,
                           String withdrawalReason, Model model) {
        var current = view;
        Map<String, String> typed = new HashMap<>(evidence);
        done.forEach(typed::remove);
        if (last != null) {
            readYourWrites.awaitShown(view.caseId(), last);
            current = pages.load(view.caseId(), view.assessmentId());
        }
        var errors = FormErrors.none();
        String field = problem.fieldErrors().stream().anyMatch(f -> "reason".equals(f.field()))
                ? "withdrawalReason" : item.evidenceField();
        String prefix = item.label() + ": ";
        problem.fieldErrors().forEach(f -> errors.add(field, prefix + (f.field() == null ? f.message()
                : message("assessment.field." + f.field(), f.field()) + " " + f.message())));
        if (errors.isEmpty()) {
            errors.add(field, prefix + problem.detail());
        }
        return page(current, section, ticked, typed, withdrawalReason, errors, model);
    }

    private String page(AssessmentView view, String section, Set<String> ticked, Map<String, String> evidence,
                        String withdrawalReason, FormErrors errors, Model model) {
        if (!view.editable()) {
            throw new ApiProblem(409, "Not possible now", message("assessment.notEditable"), List.of(), List.of());
        }
        pages.share(view, model);
        model.addAttribute("section", section);
        model.addAttribute("items", view.items(section));
        model.addAttribute("ticked", ticked);
        model.addAttribute("evidence", evidence);
        model.addAttribute("withdrawalReason", withdrawalReason);
        model.addAttribute("errors", errors);
        return "assessments/section";
    }

    private static void requireSection(String section) {
        if (!AssessmentView.SECTIONS.contains(section)) {
            throw new ApiProblem(404, "Not found", "The tool has no part called " + section + ".", List.of(),
                    List.of());
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private String message(String key, String fallback) {
        return messages.getMessage(key, null, fallback, LocaleContextHolder.getLocale());
    }
}
