package org.cseriskrecord.web.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.web.api.QueryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Map;

/** Journey 3: a case as the seed lays it out (child, professionals, placement, others) and its assessments. */
@Controller
class CaseController {

    private final QueryApi query;
    private final ObjectMapper mapper;
    private final CaseOptions options;

    CaseController(QueryApi query, ObjectMapper mapper, CaseOptions options) {
        this.query = query;
        this.mapper = mapper;
        this.options = options;
    }

    @GetMapping("/cases/{caseId}")
    String show(@PathVariable String caseId, Model model) {
        var status = query.caseStatus(caseId);
        // A map, so templates navigate the status as query-service shapes it (query-service/README.md).
        model.addAttribute("caseRecord", mapper.convertValue(status.json(), Map.class));
        model.addAttribute("caseId", caseId);
        model.addAttribute("options", options);
        return "cases/show";
    }
}
