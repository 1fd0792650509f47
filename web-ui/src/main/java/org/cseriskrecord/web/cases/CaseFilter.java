package org.cseriskrecord.web.cases;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The case list's filter as the page's GET form sends it. Values go to query-service as they are: it checks them and
 * its refusal (e.g. an unknown risk level typed into the address) is shown as a problem page.
 */
public class CaseFilter {
    private String riskLevel;
    private String status;
    private String area;
    private String search;
    private boolean awaitingMyAuthorisation;
    private int offset;

    Map<String, String> apiParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("riskLevel", riskLevel);
        parameters.put("status", status);
        parameters.put("area", area);
        parameters.put("search", search == null ? null : search.strip());
        if (awaitingMyAuthorisation) {
            parameters.put("awaitingMyAuthorisation", "true");
        }
        return parameters;
    }

    /** Whether any filter is set (the page then offers "Clear filters"). */
    public boolean isActive() {
        return apiParameters().values().stream().anyMatch(v -> v != null && !v.isBlank());
    }

    /** The query string of this filter at another offset, for "Previous" and "Next". */
    public String queryAt(int newOffset) {
        var query = new StringBuilder();
        apiParameters().forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        if (newOffset > 0) {
            query.append(query.isEmpty() ? "" : "&").append("offset=").append(newOffset);
        }
        return query.isEmpty() ? "" : "?" + query;
    }

    public String getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(String riskLevel) {
        this.riskLevel = riskLevel;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isAwaitingMyAuthorisation() {
        return awaitingMyAuthorisation;
    }

    public void setAwaitingMyAuthorisation(boolean awaitingMyAuthorisation) {
        this.awaitingMyAuthorisation = awaitingMyAuthorisation;
    }

    public int getOffset() {
        return offset;
    }

    public int offset() {
        return Math.max(0, offset);
    }

    public void setOffset(int offset) {
        this.offset = offset;
    }
}
