package org.cseriskrecord.web.review;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.web.api.CaseSummary;
import org.cseriskrecord.web.api.QueryApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Journey 5, the manager's queue: the submitted assessments this manager may authorise (their agency's, not ones
 * they contributed to), with the tool's suggestion beside the professional's judgement, the flags a manager must
 * look at, and how long each has waited; then the other submitted assessments they can see, which another manager
 * must decide.
 */
@Controller
class ReviewQueueController {

    /** The queue is short in practice; a manager never needs more than this on one page. */
    static final String LIMIT = "500";

    private final QueryApi query;

    ReviewQueueController(QueryApi query) {
        this.query = query;
    }

    @GetMapping("/review")
    String queue(Model model) {
        List<CaseSummary> mine = query.cases(Map.of("awaitingMyAuthorisation", "true", "limit", LIMIT));
        Set<String> mineIds = mine.stream().map(CaseSummary::currentAssessmentId).collect(Collectors.toSet());
        List<CaseSummary> others = query.cases(Map.of("status", "SUBMITTED", "limit", LIMIT)).stream()
                .filter(c -> !mineIds.contains(c.currentAssessmentId())).toList();
        model.addAttribute("mine", mine);
        model.addAttribute("others", others);
        model.addAttribute("waits", waits());
        return "review/queue";
    }

    /** When each of the agency's submitted assessments was submitted and for how many days it has waited (a manager's
     * dashboard is their own agency's). */
    private Map<String, Wait> waits() {
        Map<String, Wait> waits = new HashMap<>();
        for (JsonNode a : query.dashboard(null).path("awaitingAuthorisation").path("assessments")) {
            waits.put(a.path("assessmentId").asText(),
                    new Wait(a.path("submittedAt").asText(null), a.path("waitingDays").asInt()));
        }
        return waits;
    }

    public record Wait(String submittedAt, int days) {
    }
}
