package org.cseriskrecord.web.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.web.api.ApiProblem;
import org.cseriskrecord.web.api.CommandApi;
import org.cseriskrecord.web.api.QueryApi;
import org.cseriskrecord.web.pages.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Journey 3: opening a case (area and the seed's "Child details") and correcting the child's details. Practitioners
 * only, as command-service allows. Its refusals are shown as the GOV.UK error summary and inline errors.
 */
@Controller
@PreAuthorize("hasRole('PRACTITIONER')")
class ChildDetailsController {

    private final QueryApi query;
    private final CommandApi commands;
    private final ChangeOutcome outcome;
    private final CaseOptions options;
    private final ObjectMapper mapper;
    private final org.springframework.context.MessageSource messages;

    ChildDetailsController(QueryApi query, CommandApi commands, ChangeOutcome outcome, CaseOptions options,
                           ObjectMapper mapper, org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.query = query;
        this.commands = commands;
        this.outcome = outcome;
        this.options = options;
        this.mapper = mapper;
    }

    @GetMapping("/cases/new")
    String newCase(Model model) {
        var form = new ChildForm();
        return page(null, null, form, FormErrors.none(), model);
    }

    @PostMapping("/cases/new")
    String open(@ModelAttribute("form") ChildForm form, Model model, RedirectAttributes redirect) {
        var errors = form.pageErrors();
        if (!errors.isEmpty()) {
            return page(null, null, form, errors, model);
        }
        try {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("area", form.getArea());
            body.put("child", form.toChild());
            var change = commands.post("/api/cases", body);
            return outcome.redirectToCase(change.body().path("caseId").asText(), change, "child.opened", redirect);
        } catch (ApiProblem problem) {
            return refused(problem, null, null, form, model);
        }
    }

    @GetMapping("/cases/{caseId}/child")
    String correctForm(@PathVariable String caseId, Model model) {
        @SuppressWarnings("unchecked")
        Map<String, Object> status = mapper.convertValue(query.caseStatus(caseId).json(), Map.class);
        return page(caseId, childName(status), ChildForm.of(status), FormErrors.none(), model);
    }

    @PostMapping("/cases/{caseId}/child")
    String correct(@PathVariable String caseId, @ModelAttribute("form") ChildForm form, Model model,
                   RedirectAttributes redirect) {
        var errors = form.pageErrors();
        if (!errors.isEmpty()) {
            return page(caseId, form.getName(), form, errors, model);
        }
        try {
            var change = commands.put("/api/cases/{caseId}/child", form.toChild(), caseId);
            return outcome.redirectToCase(caseId, change, "child.corrected", redirect);
        } catch (ApiProblem problem) {
            return refused(problem, caseId, form.getName(), form, model);
        }
    }

    private String refused(ApiProblem problem, String caseId, String childName, ChildForm form, Model model) {
        if (problem.status() != 400) {
            throw problem;
        }
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return page(caseId, childName, form, FormErrors.from(problem, ChildForm::formField, "name",
                field -> messages.getMessage("field." + field, null,
                        messages.getMessage("child." + field, null, null, locale), locale)), model);
    }

    private String page(String caseId, String childName, ChildForm form, FormErrors errors, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("childName", childName);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("options", options);
        return "cases/child";
    }

    @SuppressWarnings("unchecked")
    private static String childName(Map<String, Object> status) {
        return (String) ((Map<String, Object>) status.get("child")).get("name");
    }
}
