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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;

/** Journey 3: updating the professionals, the placement and the other professionals involved (practitioners). */
@Controller
@PreAuthorize("hasRole('PRACTITIONER')")
class CaseDetailsController {

    private final QueryApi query;
    private final CommandApi commands;
    private final ChangeOutcome outcome;
    private final ObjectMapper mapper;

    CaseDetailsController(QueryApi query, CommandApi commands, ChangeOutcome outcome, ObjectMapper mapper) {
        this.query = query;
        this.commands = commands;
        this.outcome = outcome;
        this.mapper = mapper;
    }

    @GetMapping("/cases/{caseId}/details")
    String form(@PathVariable String caseId, Model model) {
        @SuppressWarnings("unchecked")
        Map<String, Object> status = mapper.convertValue(query.caseStatus(caseId).json(), Map.class);
        var form = CaseDetailsForm.of(status);
        if (form.getProfessionals().isEmpty()) {
            form.addRow();
        }
        return page(caseId, form, FormErrors.none(), model);
    }

    @PostMapping("/cases/{caseId}/details")
    String update(@PathVariable String caseId, @ModelAttribute("form") CaseDetailsForm form,
                  @RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
        if ("add".equals(action)) {
            form.addRow();
            return page(caseId, form, FormErrors.none(), model);
        }
        try {
            var change = commands.put("/api/cases/{caseId}/details", form.toJson(), caseId);
            return outcome.redirectToCase(caseId, change, "details.saved", redirect);
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            return page(caseId, form, FormErrors.from(problem, form::formField, "professionals[0].name"), model);
        }
    }

    private String page(String caseId, CaseDetailsForm form, FormErrors errors, Model model) {
        var status = query.caseStatus(caseId).json();
        model.addAttribute("caseId", caseId);
        model.addAttribute("childName", status.path("child").path("name").asText());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "cases/details";
    }
}
