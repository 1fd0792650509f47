package org.cseriskrecord.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** command-service's API, called as the signed-in user. Every change answers with the case's new sequence. */
public class CommandApi {

    private final RestClient client;

    CommandApi(RestClient client) {
        this.client = client;
    }

    public Change post(String path, Object body, Object... uriVariables) {
        return send(HttpMethod.POST, path, body, uriVariables);
    }

    public Change put(String path, Object body, Object... uriVariables) {
        return send(HttpMethod.PUT, path, body, uriVariables);
    }

    private Change send(HttpMethod method, String path, Object body, Object... uriVariables) {
        ResponseEntity<JsonNode> response = client.method(method).uri(path, uriVariables)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
        String sequence = response.getHeaders().getFirst(QueryApi.CASE_SEQUENCE);
        return new Change(response.getBody(), sequence == null ? null : Long.parseLong(sequence));
    }

    /**
     * @param body     the answer's body (e.g. {@code {"caseId"}}), or null for 204
     * @param sequence the case's sequence after the change, or null if the service did not say
     */
    public record Change(JsonNode body, Long sequence) {
    }
}
