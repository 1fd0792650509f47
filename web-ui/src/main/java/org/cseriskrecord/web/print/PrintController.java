package org.cseriskrecord.web.print;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.web.api.QueryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Journey 7: the case's current assessment laid out like the seed's form, for printing — every section in the form's
 * order with its own labels, every item of the assessment's form version with a tick where marked and the evidence
 * beneath, the counts, the additional detail, the analysis, the assessed level, who completed and who authorised it,
 * the manager's comments and the dates. Print styles (app.css, {@code @media print}) drop the service's header and
 * links; no JavaScript.
 */
@Controller
class PrintController {

    private final QueryApi query;
    private final ObjectMapper mapper;

    PrintController(QueryApi query, ObjectMapper mapper) {
        this.query = query;
        this.mapper = mapper;
    }

    @GetMapping("/cases/{caseId}/print")
    String print(@PathVariable String caseId, Model model) {
        JsonNode status = query.caseStatus(caseId).json();
        JsonNode current = status.path("currentAssessment");
        model.addAttribute("caseId", caseId);
        model.addAttribute("caseRecord", mapper.convertValue(status, Map.class));
        if (current.isObject()) {
            model.addAttribute("assessment", mapper.convertValue(current, Map.class));
            model.addAttribute("sections", sections(query.catalogue(current.path("catalogueVersion").asText()),
                    current.path("indicators")));
        }
        return "print/assessment";
    }

    /** Each section of the form (in the catalogue's order, which is the form's) with every item, ticked or not. */
    private Map<String, List<Item>> sections(JsonNode catalogue, JsonNode indicators) {
        Map<String, JsonNode> marked = new HashMap<>();
        indicators.forEach(i -> marked.put(i.path("code").asText(), i));
        Map<String, List<Item>> sections = new LinkedHashMap<>();
        for (JsonNode item : catalogue.path("items")) {
            JsonNode indicator = marked.get(item.path("code").asText());
            List<Object> evidence = indicator == null ? List.of()
                    : mapper.convertValue(indicator.path("evidence"), List.class);
            sections.computeIfAbsent(item.path("category").asText(), c -> new ArrayList<>())
                    .add(new Item(item.path("code").asText(), item.path("label").asText(), indicator != null,
                            indicator == null ? null : indicator.path("state").asText(), evidence));
        }
        return sections;
    }

    /**
     * One item of the form.
     *
     * @param ticked   marked in this assessment (or carried forward and not yet withdrawn, or worked out by the tool)
     * @param state    {@code MARKED}, {@code CARRIED_FORWARD} or {@code DERIVED} when ticked
     * @param evidence the evidence recorded for it, oldest first
     */
    public record Item(String code, String label, boolean ticked, String state, List<Object> evidence) {
    }
}
