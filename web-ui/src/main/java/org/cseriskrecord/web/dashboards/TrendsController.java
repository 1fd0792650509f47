package org.cseriskrecord.web.dashboards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.cseriskrecord.web.api.ApiProblem;
import org.cseriskrecord.web.api.QueryApi;
import org.cseriskrecord.web.cases.CaseOptions;
import org.cseriskrecord.web.pages.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The board's trends (issue 11): a GET form (months, area, agency; every view has its own address), three charts
 * drawn on the server and every number as a table, from {@code GET /api/board/trends} as the signed-in user: board
 * members and auditors see every agency or the one they choose, a manager their own (query-service decides and
 * refuses anything else). "Download as CSV" streams query-service's CSV of the same filter.
 */
@Controller
class TrendsController {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final List<String> FIELDS = List.of("from", "to", "area", "agency");
    /** The levels as the tables list them, lowest first like the charts' bars. */
    static final List<String> LEVELS = CaseOptions.LEVELS;
    static final List<String> BREAKDOWNS = List.of("byAgeBand", "byGender", "byEthnicity");

    private final QueryApi query;
    private final TrendsCharts charts;
    private final CaseOptions options;
    private final MessageSource messages;
    private final ObjectMapper mapper;
    private final Clock clock;

    TrendsController(QueryApi query, TrendsCharts charts, CaseOptions options, MessageSource messages,
                     ObjectMapper mapper) {
        this.query = query;
        this.charts = charts;
        this.options = options;
        this.messages = messages;
        this.mapper = mapper;
        this.clock = Clock.system(UK);
    }

    @GetMapping("/trends")
    String trends(@ModelAttribute("filter") TrendsFilter asked, Model model, HttpServletResponse response) {
        TrendsFilter filter = asked.withDefaultMonths(YearMonth.now(clock));
        model.addAttribute("filter", filter);
        model.addAttribute("options", options);
        model.addAttribute("trendLevels", LEVELS);
        model.addAttribute("breakdowns", BREAKDOWNS);
        try {
            JsonNode trends = query.trends(filter.apiParameters());
            model.addAttribute("trends", mapper.convertValue(trends, Map.class));
            model.addAttribute("charts", charts.of(trends.path("months")));
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            // A month or area query-service cannot read: the form again, each mistake beside its field.
            response.setStatus(400);
            model.addAttribute("errors", FormErrors.from(problem, field -> FIELDS.contains(field) ? field : null,
                    "from", field -> messages.getMessage("trends.filter." + field, null, Locale.UK)));
        }
        return "dashboards/trends";
    }

    @GetMapping("/trends/csv")
    void csv(@ModelAttribute TrendsFilter asked, HttpServletResponse response) throws IOException {
        TrendsFilter filter = asked.withDefaultMonths(YearMonth.now(clock));
        query.trendsCsv(filter.apiParameters(), (headers, body) -> {
            response.setContentType(headers.getContentType() == null ? "text/csv;charset=UTF-8"
                    : headers.getContentType().toString());
            String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    disposition == null ? "attachment; filename=\"cse-trends.csv\"" : disposition);
            body.transferTo(response.getOutputStream());
            return null;
        });
    }
}
