package org.cseriskrecord.web.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.web.api.QueryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Journey 6, the case timeline: the child's level over time across the authorised assessments (an SVG chart and
 * the same numbers as a table, every assessment listed), and the case's audit history as a timeline, newest first —
 * who did what, when, and why, with the values before and after for corrections.
 */
@Controller
class TimelineController {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final QueryApi query;
    private final ObjectMapper mapper;
    private final Clock clock;

    TimelineController(QueryApi query, ObjectMapper mapper) {
        this.query = query;
        this.mapper = mapper;
        this.clock = Clock.system(UK);
    }

    @GetMapping("/cases/{caseId}/timeline")
    String timeline(@PathVariable String caseId, Model model) {
        JsonNode status = query.caseStatus(caseId).json();
        JsonNode history = query.history(caseId);
        List<LevelChart.Point> authorised = new ArrayList<>();
        for (JsonNode a : status.path("assessments")) {
            if ("AUTHORISED".equals(a.path("status").asText()) && a.path("authorisedLevel").isTextual()) {
                authorised.add(new LevelChart.Point(LocalDate.parse(a.path("assessmentDate").asText()),
                        a.path("authorisedLevel").asText()));
            }
        }
        List<Object> entries = new ArrayList<>();
        for (JsonNode entry : history) {
            entries.add(0, mapper.convertValue(entry, Map.class));
        }
        model.addAttribute("caseId", caseId);
        model.addAttribute("caseRecord", mapper.convertValue(status, Map.class));
        model.addAttribute("chart", LevelChart.of(authorised, LocalDate.now(clock)));
        model.addAttribute("entries", entries);
        return "timeline/timeline";
    }
}
