package org.cseriskrecord.web.cases;

import org.cseriskrecord.web.api.CaseSummary;
import org.cseriskrecord.web.api.QueryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Journey 2: the cases the user's agency may see, filtered by risk level, status, area and "awaiting my
 * authorisation", searchable by name, also-known-as or nickname. A plain GET form: works without JavaScript and
 * every filtered list has its own address.
 */
@Controller
class CaseListController {

    /** GOV.UK's tables read best in short pages; 25 rows also keep the page's server time low. */
    static final int PAGE_SIZE = 25;

    private final QueryApi query;
    private final CaseOptions options;

    CaseListController(QueryApi query, CaseOptions options) {
        this.query = query;
        this.options = options;
    }

    @GetMapping("/cases")
    String list(@ModelAttribute("filter") CaseFilter filter, Model model) {
        Map<String, String> parameters = new LinkedHashMap<>(filter.apiParameters());
        // One more than a page tells whether there is a next page without counting every case.
        parameters.put("limit", Integer.toString(PAGE_SIZE + 1));
        parameters.put("offset", Integer.toString(filter.offset()));
        List<CaseSummary> cases = query.cases(parameters);
        model.addAttribute("cases", cases.subList(0, Math.min(cases.size(), PAGE_SIZE)));
        model.addAttribute("hasNext", cases.size() > PAGE_SIZE);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("options", options);
        return "cases/list";
    }
}
