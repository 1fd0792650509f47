package org.cseriskrecord.web.assessments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.events.Role;
import org.cseriskrecord.web.api.ApiProblem;
import org.cseriskrecord.web.api.QueryApi;
import org.cseriskrecord.web.pages.FormErrors;
import org.cseriskrecord.web.signin.SignedInUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every assessment page reads: the case's current assessment (only the current one can be worked on) with its
 * catalogue version, and the model every page shares (the child, the assessment, the summary panel's figures).
 */
@Component
class AssessmentPages {

    private final QueryApi query;
    private final ObjectMapper mapper;
    /** Catalogue versions are published once and never change: read each at most once per run. */
    private final Map<String, JsonNode> catalogues = new ConcurrentHashMap<>();

    AssessmentPages(QueryApi query, ObjectMapper mapper) {
        this.query = query;
        this.mapper = mapper;
    }

    /** The assessment, which must be the case's current one; otherwise the 404 page. */
    @SuppressWarnings("unchecked")
    AssessmentView load(String caseId, String assessmentId) {
        JsonNode status = query.caseStatus(caseId).json();
        JsonNode current = status.path("currentAssessment");
        if (!assessmentId.equals(current.path("assessmentId").asText(null))) {
            throw new ApiProblem(404, "Not found", "This is not the case's current assessment: only the current "
                    + "assessment can be opened here.", List.of(), List.of());
        }
        String version = current.path("catalogueVersion").asText();
        JsonNode catalogue = catalogues.computeIfAbsent(version, query::catalogue);
        return new AssessmentView(caseId, status.path("child").path("name").asText(),
                mapper.convertValue(status, Map.class), mapper.convertValue(current, Map.class), current, catalogue);
    }

    /** The model every assessment page shares: ids, the child, the assessment and the summary panel. */
    /**
     * An assessment page's model: what every assessment page shares, then the form's errors; answers the page's
     * template, so each controller method ends {@code return pages.page("assessments/…", view, errors, model)}.
     */
    String page(String template, AssessmentView view, FormErrors errors, Model model) {
        share(view, model);
        model.addAttribute("errors", errors);
        return template;
    }

    void share(AssessmentView view, Model model) {
        model.addAttribute("caseId", view.caseId());
        model.addAttribute("assessmentId", view.assessmentId());
        model.addAttribute("childName", view.childName());
        model.addAttribute("caseRecord", view.caseRecord());
        model.addAttribute("assessment", view.assessment());
        model.addAttribute("view", view);
        model.addAttribute("changeable", changeable(view, model));
        model.addAttribute("base", base(view.caseId(), view.assessmentId()));
    }

    /** Whether the signed-in user may change this assessment here: a practitioner, while it is a draft or returned. */
    static boolean changeable(AssessmentView view, Model model) {
        return view.editable() && model.getAttribute("user") instanceof SignedInUser user
                && user.hasRole(Role.PRACTITIONER);
    }

    /** The path of the assessment's task list; its pages are below it. */
    static String base(String caseId, String assessmentId) {
        return "/cases/" + caseId + "/assessments/" + assessmentId;
    }
}
