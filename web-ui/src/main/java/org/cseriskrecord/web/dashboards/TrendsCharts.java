package org.cseriskrecord.web.dashboards;

import org.cseriskrecord.web.cases.CaseOptions;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The trends page's three charts from query-service's months: children at each level, authorised assessments with
 * escalations and de-escalations, and the professional's judgement against the tool's suggestion. Names and
 * descriptions come from messages.properties.
 */
@Component
class TrendsCharts {

    private static final DateTimeFormatter SHORT = Months.SHORT;
    private static final DateTimeFormatter LONG = Months.LONG;
    private static final List<String> LEVELS = CaseOptions.LEVELS;

    private final MessageSource messages;

    TrendsCharts(MessageSource messages) {
        this.messages = messages;
    }

    List<BarChart> of(JsonNode months) {
        List<YearMonth> categories = new ArrayList<>();
        months.forEach(m -> categories.add(YearMonth.parse(m.path("month").asText())));
        if (categories.isEmpty()) {
            return List.of();
        }
        List<BarChart.Series> levels = new ArrayList<>();
        for (String level : LEVELS) {
            levels.add(series(text("level." + level), months, m -> m.path("childrenAtLevel").path(level)));
        }
        List<BarChart.Series> assessments = List.of(
                series(text("trends.series.authorised"), months, m -> m.path("assessmentsAuthorised")),
                series(text("trends.series.escalations"), months, m -> m.path("escalations")),
                series(text("trends.series.deescalations"), months, m -> m.path("deescalations")));
        List<BarChart.Series> judgement = List.of(
                series(text("trends.series.above"), months, m -> m.path("judgement").path("above")),
                series(text("trends.series.equal"), months, m -> m.path("judgement").path("equal")),
                series(text("trends.series.below"), months, m -> m.path("judgement").path("below")));
        return List.of(
                chart("chart-levels", "trends.chart.levels", categories, levels),
                chart("chart-assessments", "trends.chart.assessments", categories, assessments),
                chart("chart-judgement", "trends.chart.judgement", categories, judgement));
    }

    private BarChart chart(String id, String key, List<YearMonth> months, List<BarChart.Series> series) {
        String title = text(key);
        String period = months.size() == 1 ? LONG.format(months.get(0))
                : text("trends.chart.period", LONG.format(months.get(0)), LONG.format(months.get(months.size() - 1)));
        String description = text("trends.chart.description", title, period,
                String.join(", ", series.stream().map(BarChart.Series::name).toList()));
        return BarChart.of(id, title, description,
                months.stream().map(SHORT::format).toList(),
                months.stream().map(m -> Integer.toString(m.getYear())).toList(),
                months.stream().map(LONG::format).toList(),
                series, text("trends.chart.suppressed"));
    }

    private static BarChart.Series series(String name, JsonNode months,
                                          java.util.function.Function<JsonNode, JsonNode> count) {
        List<Count> values = new ArrayList<>();
        months.forEach(m -> values.add(Count.of(count.apply(m))));
        return new BarChart.Series(name, values);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }
}
