package org.cseriskrecord.web.dashboards;

import org.cseriskrecord.web.cases.CaseOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.cseriskrecord.web.api.ApiProblem;
import org.cseriskrecord.web.api.QueryApi;
import org.cseriskrecord.web.pages.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
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
    static final List<String> LEVELS = java.util.stream.Stream.concat(CaseOptions.LEVELS_HIGHEST_FIRST.stream(),
            java.util.stream.Stream.of("NOT_ASSESSED")).toList();
    /** query-service's largest page of cases. */
    static final int NAMED_CASES = 500;
    static final List<String> STATUSES = CaseOptions.STATUSES;

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
    String dashboard(@RequestParam(required = false) String agency, Model model, HttpServletResponse response) {
        String asked = agency == null || agency.isBlank() ? null : agency.strip();
        model.addAttribute("agency", asked);
        try {
            show(query.dashboard(asked), model);
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            // An agency query-service cannot read (e.g. too long): the form again, the mistake beside the field.
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.from(problem, field -> "agency".equals(field) ? field : null,
                    "agency", field -> text("dashboard.filter.agency")));
        }
        return "dashboards/dashboard";
    }

    private void show(JsonNode dashboard, Model model) {
        model.addAttribute("dashboard", mapper.convertValue(dashboard, Map.class));
        model.addAttribute("names", childNames(dashboard));
        model.addAttribute("levelIntervals", intervals(dashboard.path("reviewsOverdue").path("intervals")));
        model.addAttribute("levels", LEVELS);
        JsonNode children = dashboard.path("children");
        JsonNode awaiting = dashboard.path("awaitingAuthorisation");
        JsonNode longest = awaiting.path("longestWaitDays");
        model.addAttribute("childrenRows", List.of(count("dashboard.children.total", children.path("total"))));
        model.addAttribute("awaitingRows", List.of(
                count("dashboard.awaiting.count", awaiting.path("count")),
                new CountRow(text("dashboard.awaiting.longest"), longest.isIntegralNumber()
                        ? messages.getMessage("dashboard.awaiting.days", new Object[]{longest.longValue()}, Locale.UK)
                        : text("dashboard.awaiting.none")),
                count("dashboard.awaiting.upTo2", awaiting.path("waitingUpTo2Days")),
                count("dashboard.awaiting.3To7", awaiting.path("waiting3To7Days")),
                count("dashboard.awaiting.over7", awaiting.path("waitingOver7Days")),
                count("dashboard.awaiting.stepDowns", awaiting.path("stepDowns")),
                count("dashboard.awaiting.belowFloor", awaiting.path("belowFloorWithIndicators"))));
        model.addAttribute("reviewCountRows", List.of(count("dashboard.reviews.count",
                dashboard.path("reviewsOverdue").path("count"))));
        model.addAttribute("areaRows", rows(children.path("byArea"), null,
                area -> text("NOT_RECORDED".equals(area) ? "dashboard.area.NOT_RECORDED" : "area." + area)));
        model.addAttribute("agencyRows", rows(children.path("byAgency"), null, agencyName -> agencyName));
        model.addAttribute("statusRows", rows(dashboard.path("assessmentsByStatus"), STATUSES,
                status -> text("status." + status)));
        model.addAttribute("reviewRows", rows(dashboard.path("reviewsOverdue").path("byLevel"), LEVELS.subList(0, 4),
                level -> text("level." + level)));
    }

    /**
     * The children's names of the cases a manager's dashboard lists, so each link says whose case it opens: the
     * dashboard gives case ids only, the case list (as the same user) the names. The most recently updated
     * {@value #NAMED_CASES} cases are asked for in one call; a case beyond them keeps the plain "Open the case".
     */
    private Map<String, String> childNames(JsonNode dashboard) {
        if (dashboard.path("awaitingAuthorisation").path("assessments").isEmpty()
                && dashboard.path("reviewsOverdue").path("cases").isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        query.cases(Map.of("limit", Integer.toString(NAMED_CASES)))
                .forEach(c -> names.put(c.caseId(), c.childName()));
        return names;
    }

    /**
     * One row per group of {@code counts}: in {@code order} when given, else as the service listed them. A count is
     * kept as the service gave it (a number, or "<5").
     */
    private static List<CountRow> rows(JsonNode counts, List<String> order, Function<String, String> name) {
        List<String> keys = new ArrayList<>();
        if (order == null) {
            counts.fieldNames().forEachRemaining(keys::add);
        } else {
            keys.addAll(order);
        }
        return keys.stream().map(key -> new CountRow(name.apply(key), counts.path(key).asText())).toList();
    }

    private CountRow count(String key, JsonNode count) {
        return new CountRow(text(key), count.asText());
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }

    /** A row of a table of counts: what is counted, and the count as shown. */
    public record CountRow(String name, String count) {
    }

    /** The configured review intervals, highest level first, e.g. "High: 1 month". */
    private List<String> intervals(JsonNode configured) {
        List<String> intervals = new ArrayList<>();
        for (String level : LEVELS) {
            if (configured.hasNonNull(level)) {
                intervals.add(text("level." + level) + ": "
                        + months.period(configured.path(level).asText()));
            }
        }
        return intervals;
    }
}
