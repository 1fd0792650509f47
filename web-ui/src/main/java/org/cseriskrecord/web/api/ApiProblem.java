package org.cseriskrecord.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * A service refused a call: its RFC 7807 problem details (status, title, the sentence in {@code detail}, field errors
 * and unmet requirements), so a page can show each where it belongs.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldProblem> fieldErrors;
    private final List<String> unmetRequirements;

    public ApiProblem(int status, String title, String detail, List<FieldProblem> fieldErrors,
                      List<String> unmetRequirements) {
        super(status + " " + title + ": " + detail);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.unmetRequirements = List.copyOf(unmetRequirements);
    }

    /** Reads a problem body; anything else (an HTML error page, nothing) becomes a problem with a plain sentence. */
    static ApiProblem read(int status, byte[] body, ObjectMapper mapper) {
        JsonNode json;
        try {
            json = body.length == 0 ? null : mapper.readTree(body);
        } catch (java.io.IOException e) {
            json = null;
        }
        if (json == null || !json.isObject()) {
            return new ApiProblem(status, "Service error", "The service answered " + status + " without saying why.",
                    List.of(), List.of());
        }
        List<FieldProblem> fields = new ArrayList<>();
        json.path("errors").forEach(e -> fields.add(new FieldProblem(
                e.path("field").isTextual() ? e.path("field").asText() : null, e.path("message").asText())));
        List<String> unmet = new ArrayList<>();
        json.path("unmetRequirements").forEach(u -> unmet.add(u.asText()));
        return new ApiProblem(status, json.path("title").asText("Service error"),
                json.path("detail").asText("The service refused the request."), fields, unmet);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldProblem> fieldErrors() {
        return fieldErrors;
    }

    public List<String> unmetRequirements() {
        return unmetRequirements;
    }

    /** One field error as the service named it (e.g. {@code child.dateOfBirth}); field is null for a rule. */
    public record FieldProblem(String field, String message) {
    }
}
