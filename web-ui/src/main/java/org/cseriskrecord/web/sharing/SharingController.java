package org.cseriskrecord.web.sharing;

import org.cseriskrecord.web.api.ApiProblem;
import org.cseriskrecord.web.api.CommandApi;
import org.cseriskrecord.web.api.QueryApi;
import org.cseriskrecord.web.cases.ChangeOutcome;
import org.cseriskrecord.web.pages.FormErrors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Map;

/**
 * Journey 8, sharing: the agencies a case involves, sharing it with another agency of the partnership (a recorded
 * decision, with the reason: a practitioner or manager of an involved agency) and revoking a share (a manager of the
 * agency that opened the case). command-service decides; its refusals are shown on the page.
 */
@Controller
class SharingController {

    private final QueryApi query;
    private final CommandApi commands;
    private final ChangeOutcome outcome;
    private final List<String> agencies;
    private final MessageSource messages;

    SharingController(QueryApi query, CommandApi commands, ChangeOutcome outcome,
                      @Value("${cse.web.agencies:Police,Health}") List<String> agencies, MessageSource messages) {
        this.query = query;
        this.commands = commands;
        this.outcome = outcome;
        this.agencies = List.copyOf(agencies);
        this.messages = messages;
    }

    /** The service's field errors name the answer they are about: "The reason is required…". */
    private FormErrors errors(ApiProblem problem, String fallbackField) {
        return FormErrors.from(problem, f -> f, fallbackField, field -> messages.getMessage("share.field." + field,
                null, null, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/cases/{caseId}/shares")
    String shares(@PathVariable String caseId, Model model) {
        return sharesPage(caseId, null, null, FormErrors.none(), model);
    }

    @PostMapping("/cases/{caseId}/shares")
    String share(@PathVariable String caseId, @RequestParam(required = false) String agency,
                 @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            var change = commands.post("/api/cases/{caseId}/shares",
                    Map.of("agency", agency == null ? "" : agency, "reason", reason == null ? "" : reason), caseId);
            return outcome.redirect(caseId, change, "share.done", "/cases/" + caseId + "/shares", redirect, agency);
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 409) {
                throw problem;
            }
            // An unknown or already involved agency has no field in the service's answer: it belongs to the choice.
            return sharesPage(caseId, agency, reason, errors(problem, "agency"), model);
        }
    }

    @GetMapping("/cases/{caseId}/shares/{agency}/revocation")
    String revocationForm(@PathVariable String caseId, @PathVariable String agency, Model model) {
        return revocationPage(caseId, agency, null, FormErrors.none(), model);
    }

    @PostMapping("/cases/{caseId}/shares/{agency}/revocation")
    String revoke(@PathVariable String caseId, @PathVariable String agency,
                  @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            var change = commands.post("/api/cases/{caseId}/shares/{agency}/revocation",
                    Map.of("reason", reason == null ? "" : reason), caseId, agency);
            return outcome.redirect(caseId, change, "share.revoked", "/cases/" + caseId + "/shares", redirect,
                    agency);
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 403 && problem.status() != 409) {
                throw problem;
            }
            return revocationPage(caseId, agency, reason, errors(problem, "reason"), model);
        }
    }

    private String sharesPage(String caseId, String agency, String reason, FormErrors errors, Model model) {
        var shares = CaseShares.from(query.history(caseId));
        model.addAttribute("caseId", caseId);
        model.addAttribute("childName", query.caseStatus(caseId).json().path("child").path("name").asText());
        model.addAttribute("shares", shares);
        model.addAttribute("agencies", agencies.stream().filter(a -> !shares.involved().contains(a)).toList());
        model.addAttribute("agency", agency);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "sharing/shares";
    }

    private String revocationPage(String caseId, String agency, String reason, FormErrors errors, Model model) {
        model.addAttribute("caseId", caseId);
        model.addAttribute("childName", query.caseStatus(caseId).json().path("child").path("name").asText());
        model.addAttribute("agency", agency);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "sharing/revoke";
    }
}
