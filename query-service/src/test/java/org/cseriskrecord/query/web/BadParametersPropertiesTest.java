package org.cseriskrecord.query.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.cseriskrecord.query.support.CaseScript;
import org.cseriskrecord.query.support.QueryServiceIntegrationTest;
import org.cseriskrecord.support.access.Access;
import org.cseriskrecord.support.access.AccessMatrix;
import org.cseriskrecord.support.access.ApiService;
import org.cseriskrecord.support.security.DemoUsers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cseriskrecord.query.support.Actor.PRACTITIONER;

/**
 * Property: at every endpoint of the query service, derived from its real request mappings, a bad address part or
 * parameter (an id that names nothing or is no id, a date that is not one, a limit out of range, a value outside a
 * fixed set, a control character, text longer than any search) is answered with a 4xx problem with a sentence, never
 * a 5xx. A parameter this test does not know fails it: say what a bad value is for each new parameter.
 */
class BadParametersPropertiesTest extends QueryServiceIntegrationTest {

    private static final long SEED = 3122026L;

    /** Bad values of each typed parameter: every one must be refused. */
    private static final Map<String, List<String>> TYPED = Map.ofEntries(
            Map.entry("from", List.of("2026-13-01", "yesterday", "2026-02-30", "1", "2026-01-01T25:00:00Z")),
            Map.entry("to", List.of("2026-13-01", "tomorrow", "2026-02-30", "-1", "2026-01-01T10:00")),
            Map.entry("asOf", List.of("2026-13-01", "now", "2026-02-30", "99999999999999999999")),
            Map.entry("knownAt", List.of("2026-13-01", "later", "2026-02-30T10:00:00Z", "12")),
            Map.entry("limit", List.of("-1", "0", "abc", "1e9", "99999999999999999999", "2.5")),
            Map.entry("offset", List.of("-1", "abc", "99999999999999999999", "1.5")),
            Map.entry("riskLevel", List.of("EXTREME", "high ", "1", "HIGH,LOW")),
            Map.entry("status", List.of("OPENISH", "draft", "0")),
            Map.entry("area", List.of("ELSEWHERE", "county", "2")),
            Map.entry("awaitingMyAuthorisation", List.of("yes", "1", "TRUE ")));
    /** Free text: any value is a question, so only characters and length can be wrong. */
    private static final List<String> FREE_TEXT = List.of("search", "user", "agency");
    private static final List<String> ALWAYS_BAD = List.of("a\u0000b", "a\u001bb", "a\u007fb", "a\u0085b");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Bad(String what, String method, String pattern, URI uri, String user, boolean mustBeRefused) {
    }

    @TestFactory
    Stream<DynamicTest> every_bad_address_or_parameter_is_a_4xx_problem_never_a_5xx() {
        var script = new CaseScript(Instant.parse("2025-05-01T09:00:00Z"));
        var assessmentId = "assessment-" + UUID.randomUUID();
        sendAndAwait(List.of(
                script.next(script.opened("COUNTY", CaseScript.child("Pat Example", LocalDate.of(2011, 1, 1), false)),
                        PRACTITIONER),
                script.next(script.started(assessmentId, LocalDate.of(2025, 4, 30)), PRACTITIONER)));
        var values = Map.of("caseId", script.caseId, "assessmentId", assessmentId, "version", CaseScript.CATALOGUE,
                "name", "board-trends");
        var random = new Random(SEED);
        var bad = new ArrayList<Bad>();
        var sorted = new TreeMap<String, Map.Entry<RequestMappingInfo, HandlerMethod>>();
        mappings.getHandlerMethods().forEach((info, handler) -> sorted.put(info.toString(), Map.entry(info, handler)));
        sorted.values().forEach(entry -> {
            for (var pattern : entry.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (var method : entry.getKey().getMethodsCondition().getMethods()) {
                    bad.addAll(badRequests(method.name(), pattern, entry.getKey(), entry.getValue(), values, random));
                }
            }
        });
        return bad.stream().map(b -> DynamicTest.dynamicTest(b.method() + " " + b.pattern() + ": " + b.what(),
                () -> answered(b)));
    }

    private void answered(Bad b) {
        var response = rest.withBasicAuth(b.user(), b.user()).exchange(b.uri(), HttpMethod.valueOf(b.method()),
                new HttpEntity<>(null, jsonHeaders()), JsonNode.class);
        var status = response.getStatusCode().value();
        assertThat(status).as("%s %s: %s", b.method(), b.uri(), response.getBody()).isLessThan(500);
        if (b.mustBeRefused()) {
            assertThat(status).as("%s %s (%s) must be refused: %s", b.method(), b.uri(), b.what(), response.getBody())
                    .isBetween(400, 499);
        }
        if (status >= 400) {
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(response.getBody().path("detail").asText()).isNotBlank();
        }
    }

    private static HttpHeaders jsonHeaders() {
        var headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON,
                MediaType.parseMediaType("text/csv")));
        return headers;
    }

    private static List<Bad> badRequests(String method, String pattern, RequestMappingInfo info, HandlerMethod handler,
                                         Map<String, String> values, Random random) {
        var user = userFor(method, pattern);
        // A mapping chosen by a parameter (e.g. ?asOf=) is only reached with it: give it a good value.
        var required = new TreeMap<String, String>();
        info.getParamsCondition().getExpressions().stream().filter(e -> !e.isNegated())
                .forEach(e -> required.put(e.getName(), e.getValue() == null ? "2025-05-01" : e.getValue()));
        var out = new ArrayList<Bad>();
        for (var parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            var path = parameter.getParameterAnnotation(PathVariable.class);
            if (path != null) {
                var name = path.value().isEmpty() ? parameter.getParameterName() : path.value();
                // Not ids at all: refused. Well-formed ids of nothing: never a 5xx (an auditor's access log of
                // an unknown case is empty, since it may be an erased one).
                var malformed = List.of("x".repeat(300), "a b", "..;x", "%00", "ca\u00f1a", "a.b");
                var chosen = new ArrayList<>(sample(random, malformed, 2));
                chosen.add(random.nextBoolean() ? UUID.randomUUID().toString() : "not-an-id");
                for (var value : chosen) {
                    var other = new java.util.HashMap<>(values);
                    other.put(name, value);
                    out.add(new Bad(name + " '" + shorten(value) + "'", method, pattern, uri(pattern, other, required),
                            user, malformed.contains(value) || !name.equals("caseId") && !name.equals("assessmentId")));
                }
            }
            var param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                var name = param.value().isEmpty() ? parameter.getParameterName() : param.value();
                var typed = TYPED.get(name);
                if (typed == null && !FREE_TEXT.contains(name)) {
                    throw new AssertionError("Parameter '" + name + "' of " + method + " " + pattern
                            + " is new: add its bad values to TYPED (or it to FREE_TEXT)");
                }
                var candidates = new ArrayList<String>(typed == null ? List.of() : typed);
                var chosen = new ArrayList<>(sample(random, candidates, 2));
                chosen.add(ALWAYS_BAD.get(random.nextInt(ALWAYS_BAD.size())));
                chosen.add("x".repeat(5_000));
                for (var value : chosen) {
                    var query = new TreeMap<>(required);
                    query.put(name, value);
                    // Free text may be long; whether 5,000 characters are too many is the endpoint's to say.
                    boolean mustBeRefused = typed != null || ALWAYS_BAD.contains(value);
                    out.add(new Bad(name + "='" + shorten(value) + "'", method, pattern, uri(pattern, values, query),
                            user, mustBeRefused));
                }
            }
        }
        return out;
    }

    private static URI uri(String pattern, Map<String, String> values, Map<String, String> query) {
        var builder = UriComponentsBuilder.fromPath(pattern);
        query.forEach(builder::queryParam);
        return URI.create(builder.buildAndExpand(values).encode().toUriString());
    }

    private static String shorten(String value) {
        var shown = value.length() > 12 ? value.substring(0, 12) + "…" : value;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    private static List<String> sample(Random random, List<String> candidates, int n) {
        var shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(n, shuffled.size()));
    }

    /** The first demo user the access matrix lets make this call on a Police case. */
    private static String userFor(String method, String pattern) {
        var row = AccessMatrix.find(ApiService.QUERY, method, pattern)
                .orElseThrow(() -> new AssertionError("No access matrix row for " + method + " " + pattern));
        return DemoUsers.ALL.stream()
                .filter(u -> row.access(u.role()) == Access.ALLOWED
                        || (row.access(u.role()) == Access.INVOLVED && "Police".equals(u.agency())))
                .findFirst().orElseThrow().userId();
    }
}
