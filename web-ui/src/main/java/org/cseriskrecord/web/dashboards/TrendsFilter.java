package org.cseriskrecord.web.dashboards;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The trends page's GET form: months {@code from} to {@code to} (YYYY-MM), an area and an agency. Sent to
 * query-service as they are (it checks them and names what is wrong); a page opened without any months shows the
 * last twelve.
 */
public class TrendsFilter {

    /** The first visit shows a year: enough to see a trend, one chart's width of months. */
    static final int DEFAULT_MONTHS = 12;

    private String from;
    private String to;
    private String area;
    private String agency;

    /** This filter, with the last twelve months up to {@code now} when neither month was given. */
    TrendsFilter withDefaultMonths(YearMonth now) {
        var filter = new TrendsFilter();
        boolean noMonths = from == null && to == null;
        filter.from = noMonths ? now.minusMonths(DEFAULT_MONTHS - 1L).toString() : from;
        filter.to = noMonths ? now.toString() : to;
        filter.area = area;
        filter.agency = agency;
        return filter;
    }

    Map<String, String> apiParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", strip(from));
        parameters.put("to", strip(to));
        parameters.put("area", strip(area));
        parameters.put("agency", strip(agency));
        return parameters;
    }

    /** The query string of this filter, for the CSV link: the download has exactly the page's figures. */
    public String query() {
        var query = new StringBuilder();
        apiParameters().forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }
}
