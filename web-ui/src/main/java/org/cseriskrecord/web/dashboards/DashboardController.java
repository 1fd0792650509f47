package org.cseriskrecord.web.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cseriskrecord.web.api.QueryApi;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The live dashboard (issue 11) from {@code GET /api/dashboard} as the signed-in user: a manager sees their agency's
 * children by level, assessments by status, what awaits authorisation and for how long and which reviews are overdue,
 * with links to those cases; a board member sees the same figures de-identified (suppressed counts, no cases) for
 * every agency or the one they choose.
 */
@Controller
class DashboardController {

    /** Levels from the highest, then children without an authorised assessment. */
    static final List<String> LEVELS = List.of("HIGH", "MEDIUM", "LOW", "NONE", "NOT_ASSESSED");
    static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "RETURNED", "AUTHORISED", "DISCARDED");

    private final QueryApi query;
    private final ObjectMapper mapper;
    private final MessageSource messages;
    private final Months months;

    DashboardController(QueryApi query, ObjectMapper mapper, MessageSource messages, Months months) {
        this.query = query;
        this.mapper = mapper;
        this.messages = messages;
        this.months = months;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String agency, Model model) {
        String asked = agency == null || agency.isBlank() ? null : agency.strip();
        JsonNode dashboard = query.dashboard(asked);
        model.addAttribute("dashboard", mapper.convertValue(dashboard, Map.class));
        model.addAttribute("levelIntervals", intervals(dashboard.path("reviewsOverdue").path("intervals")));
        model.addAttribute("agency", asked);
        model.addAttribute("levels", LEVELS);
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("reviewLevels", LEVELS.subList(0, 4));
        return "dashboards/dashboard";
    }

    /** The configured review intervals, highest level first, e.g. "High: 1 month". */
    private List<String> intervals(JsonNode configured) {
        List<String> intervals = new ArrayList<>();
        for (String level : LEVELS) {
            if (configured.hasNonNull(level)) {
                intervals.add(messages.getMessage("level." + level, null, Locale.UK) + ": "
                        + months.period(configured.path(level).asText()));
            }
        }
        return intervals;
    }
}
