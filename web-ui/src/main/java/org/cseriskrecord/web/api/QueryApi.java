package org.cseriskrecord.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** query-service's read API, called as the signed-in user. */
public class QueryApi {

    /** The case sequence header both services use (service-support's {@code CaseSequence}). */
    public static final String CASE_SEQUENCE = "X-Case-Sequence";

    private final RestClient client;
    private final ObjectMapper mapper;

    QueryApi(RestClient client, ObjectMapper mapper) {
        this.client = client;
        this.mapper = mapper;
    }

    /**
     * The cases the user may see, most recently updated first.
     *
     * @param filters query-service's own parameters (riskLevel, status, area, search, awaitingMyAuthorisation, limit,
     *                offset); blank values are left out
     */
    public List<CaseSummary> cases(Map<String, String> filters) {
        return client.get().uri(builder -> withFilters(builder.path("/api/cases"), filters))
                .retrieve()
                .body(new ParameterizedTypeReference<>() {
                });
    }

    /** A case's status as a JSON tree (its shape: query-service/README.md), with the sequence it includes. */
    public CaseStatus caseStatus(String caseId) {
        var response = client.get().uri("/api/cases/{caseId}", caseId).retrieve().toEntity(JsonNode.class);
        return new CaseStatus(response.getBody(), sequence(response.getHeaders().getFirst(CASE_SEQUENCE)));
    }

    /** A case's audit history, oldest first ({@code [{"sequence","type","at","actor","role","agency","summary","data","changes"}]}). */
    public JsonNode history(String caseId) {
        return client.get().uri("/api/cases/{caseId}/history", caseId).retrieve().body(JsonNode.class);
    }

    /** What an assessment changed against the child's previous authorised assessment (docs/dashboards.md). */
    public JsonNode assessmentChanges(String assessmentId) {
        return client.get().uri("/api/assessments/{id}/changes", assessmentId).retrieve().body(JsonNode.class);
    }

    /**
     * A version of the tool's catalogue ({@code GET /api/catalogue/{version}}): its items with the seed's labels, in the
     * seed's order. Reference data: a version never changes once published.
     */
    public JsonNode catalogue(String version) {
        return client.get().uri("/api/catalogue/{version}", version).retrieve().body(JsonNode.class);
    }

    /** The sequence of the case's events query-service has applied; empty while it has not seen the case. */
    public Optional<Long> appliedSequence(String caseId) {
        try {
            return client.get().uri("/api/cases/{caseId}", caseId).retrieve().toBodilessEntity()
                    .getHeaders().getOrEmpty(CASE_SEQUENCE).stream().findFirst().map(Long::parseLong);
        } catch (ApiProblem e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The board's trends (docs/dashboards.md) as a JSON tree; counts are numbers or "<5". */
    public JsonNode trends(Map<String, String> parameters) {
        return client.get().uri(builder -> withFilters(builder.path("/api/board/trends"), parameters))
                .retrieve().body(JsonNode.class);
    }

    /**
     * The board's trends as CSV, handed to {@code reader} as query-service streams it (its content type and
     * {@code Content-Disposition} in the headers), so a long export is never held in memory here.
     */
    public <T> T trendsCsv(Map<String, String> parameters, CsvReader<T> reader) {
        return client.get().uri(builder -> withFilters(builder.path("/api/board/trends.csv"), parameters))
                .exchange((request, response) -> {
                    if (response.getStatusCode().isError()) {
                        throw ApiProblem.read(response.getStatusCode().value(), response.getBody().readAllBytes(),
                                mapper);
                    }
                    return reader.read(response.getHeaders(), response.getBody());
                });
    }

    /** The live dashboard (docs/dashboards.md) as a JSON tree; {@code agency} may be null (every agency). */
    public JsonNode dashboard(String agency) {
        return client.get().uri(builder -> withFilters(builder.path("/api/dashboard"),
                        agency == null ? Map.of() : Map.of("agency", agency)))
                .retrieve().body(JsonNode.class);
    }

    /** Reads a streamed answer. */
    @FunctionalInterface
    public interface CsvReader<T> {
        T read(HttpHeaders headers, InputStream body) throws IOException;
    }

    private static URI withFilters(UriBuilder builder, Map<String, String> filters) {
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                builder.queryParam(name, value);
            }
        });
        return builder.build();
    }

    private static Long sequence(String header) {
        return header == null ? null : Long.parseLong(header);
    }

    /**
     * @param json     the case status
     * @param sequence the case's sequence it includes, or null when query-service did not say
     */
    public record CaseStatus(JsonNode json, Long sequence) {
    }
}
