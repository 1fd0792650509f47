package org.cseriskrecord.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cseriskrecord.support.access.Access;
import org.cseriskrecord.support.access.AccessMatrix;
import org.cseriskrecord.support.access.ApiService;
import org.cseriskrecord.support.security.DemoUsers;
import org.cseriskrecord.support.web.StrictInput;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: whatever else a request to open a case holds, if one of its required fields is wrong the answer is a
 * 400 problem that does not repeat the submitted values, and nothing is stored. Requests are generated from a fixed
 * seed: random text (any Unicode, tabs and line breaks, quotes) in the free-text fields, and one invalidating change.
 * <p>
 * And over every endpoint, derived from the service's real request mappings and request types (so a new endpoint or
 * field is covered without being listed): malformed JSON, a body that is not an object, an unknown field, a value of
 * the wrong JSON type in each field, a control character in each text, text longer than any field allows, a list
 * longer than any allows, an over-large body, the wrong content type, and ids that name nothing: each is a 4xx
 * problem with a sentence (naming the field where there is one), and no event is stored.
 */
class InputHandlingPropertiesTest extends SharedInfrastructureTest {

    private static final long SEED = 26112026L;

    record Generated(String mutation, Map<String, Object> body, String noise) {
        @Override
        public String toString() {
            return mutation;
        }
    }

    private static final List<Map.Entry<String, Consumer<Map<String, Object>>>> MUTATIONS = List.of(
            Map.entry("no child", b -> b.remove("child")),
            Map.entry("no area", b -> b.remove("area")),
            Map.entry("unknown area", b -> b.put("area", "county")),
            Map.entry("area of the wrong type", b -> b.put("area", List.of("COUNTY"))),
            Map.entry("no name", b -> child(b).remove("name")),
            Map.entry("blank name", b -> child(b).put("name", "   ")),
            Map.entry("name too long", b -> child(b).put("name", "x".repeat(201))),
            Map.entry("no date of birth", b -> child(b).remove("dateOfBirth")),
            Map.entry("date of birth in the future", b -> child(b).put("dateOfBirth", "2099-12-31")),
            Map.entry("date of birth not a date", b -> child(b).put("dateOfBirth", "31/12/2011")),
            Map.entry("date of birth a number", b -> child(b).put("dateOfBirth", 20111231)),
            Map.entry("impossible date", b -> child(b).put("dateOfBirth", "2011-02-30")),
            Map.entry("no learning-difficulty answer", b -> child(b).remove("learningDifficulty")),
            Map.entry("learning difficulty as text", b -> child(b).put("learningDifficulty", "sometimes")),
            Map.entry("unknown missing status", b -> child(b).put("missing", "OFTEN")),
            Map.entry("unknown participant", b -> child(b).put("participation", List.of("NEIGHBOUR"))),
            Map.entry("disability without details", b -> child(b).put("hasDisability", true)),
            Map.entry("professional without a name", b -> b.put("professionals", List.of(Map.of("jobTitle", "PC")))),
            Map.entry("child as a string", b -> b.put("child", "Jamie")));

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> body) {
        return (Map<String, Object>) body.get("child");
    }

    static Stream<Generated> requests() {
        var random = new Random(SEED);
        return IntStream.range(0, 60).mapToObj(i -> {
            var noise = noise(random);
            var child = new LinkedHashMap<String, Object>();
            child.put("name", "Noise " + i);
            child.put("alsoKnownAs", noise);
            child.put("dateOfBirth", "2011-01-01");
            child.put("learningDifficulty", random.nextBoolean());
            child.put("religion", noise(random));
            child.put("address", noise(random));
            var body = new LinkedHashMap<String, Object>();
            body.put("area", random.nextBoolean() ? "COUNTY" : "CITY");
            body.put("child", child);
            body.put("otherProfessionalsInvolved", noise(random));
            var mutation = MUTATIONS.get(i % MUTATIONS.size());
            mutation.getValue().accept(body);
            return new Generated(mutation.getKey(), body, noise);
        });
    }

    /** Up to 40 characters from all over Unicode, including quotes, backslashes, tabs and line breaks. */
    private static String noise(Random random) {
        var text = new StringBuilder("n");
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            int codePoint = switch (random.nextInt(4)) {
                case 0 -> 0x20 + random.nextInt(0x5f);
                // Only the control characters text may hold: the others are refused on their own (see below).
                case 1 -> "\t\n\r".charAt(random.nextInt(3));
                case 2 -> "\"\\'<>{}".charAt(random.nextInt(7));
                default -> 0xa0 + random.nextInt(0x2f00);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("requests")
    void an_invalid_case_is_refused_with_a_problem_that_does_not_echo_the_input_and_nothing_is_stored(Generated g) {
        var before = allStoredEvents();

        var response = post("practitioner", "/api/cases", g.body());

        assertThat(response.getStatusCode().value()).as(g.mutation()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        var detail = response.getBody().get("detail").asText();
        assertThat(detail).isNotBlank();
        if (g.noise().length() > 3) {
            assertThat(response.getBody().toString()).doesNotContain(g.noise());
        }
        assertThat(allStoredEvents()).isEqualTo(before);
    }

    // ---- every endpoint ----

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** One generated bad request: what is wrong, and the field the problem must name (null: none). */
    record BadRequest(String what, String method, String path, String user, String contentType, String body,
                      String field) {
    }

    private static final List<Integer> CONTROL_CHARACTERS = List.of(0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f,
            0x7f, 0x85, 0x9f, 0xd800, 0xdfff);
    private static final Random FIELDS_RANDOM = new Random(SEED);

    @TestFactory
    Stream<DynamicTest> every_endpoint_refuses_bad_input_with_a_problem_naming_the_field_and_stores_nothing() {
        var caseId = openCase("practitioner");
        var assessmentId = startAssessment("practitioner", caseId, "2025-03-01");
        var values = Map.of("caseId", caseId, "assessmentId", assessmentId, "code", "HIGH_MEETING_UNKNOWN_ADULTS",
                "section", "LOW", "agency", "Education");
        var requests = new ArrayList<BadRequest>();
        var endpoints = new TreeSet<String>();
        // In a fixed order, so the seeded sample is the same on every run.
        var sorted = new java.util.TreeMap<String, Map.Entry<RequestMappingInfo, HandlerMethod>>();
        mappings.getHandlerMethods().forEach((info, handler) -> sorted.put(info.toString(), Map.entry(info, handler)));
        sorted.values().forEach(entry -> {
            var info = entry.getKey();
            var handler = entry.getValue();
            for (var pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (var method : info.getMethodsCondition().getMethods()) {
                    endpoints.add(method + " " + pattern);
                    requests.addAll(badRequests(method.name(), pattern, handler, values));
                }
            }
        });
        assertThat(endpoints).as("endpoints found").hasSizeGreaterThanOrEqualTo(20);
        return requests.stream().map(r -> DynamicTest.dynamicTest(r.method() + " " + r.path().replace(caseId,
                "{caseId}").replace(assessmentId, "{assessmentId}") + ": " + r.what(), () -> refused(r)));
    }

    /** A length limit on every text and list, so "huge" is refused by a rule rather than by luck. */
    @Test
    void every_text_and_list_in_every_request_body_has_a_size_limit() {
        var unlimited = new TreeSet<String>();
        mappings.getHandlerMethods().values().forEach(handler -> {
            for (var parameter : handler.getMethodParameters()) {
                if (parameter.hasParameterAnnotation(RequestBody.class)) {
                    unlimited(parameter.getParameterType(), parameter.getParameterType().getSimpleName() + ".",
                            unlimited);
                }
            }
        });
        assertThat(unlimited).as("fields without @Size").isEmpty();
    }

    /** Constraints on a record component land on its field, accessor and type, not on the component itself. */
    private static boolean has(java.lang.reflect.RecordComponent component,
                               Class<? extends java.lang.annotation.Annotation> constraint) {
        return component.getAccessor().isAnnotationPresent(constraint)
                || component.getAnnotatedType().isAnnotationPresent(constraint);
    }

    private static void unlimited(Class<?> type, String prefix, Set<String> found) {
        for (var component : type.getRecordComponents()) {
            var name = prefix + component.getName();
            if ((component.getType() == String.class || List.class.isAssignableFrom(component.getType()))
                    && !has(component, Size.class)) {
                found.add(name);
            }
            if (component.getAnnotatedType() instanceof AnnotatedParameterizedType list) {
                var element = list.getAnnotatedActualTypeArguments()[0];
                if (element.getType() == String.class && !element.isAnnotationPresent(Size.class)) {
                    found.add(name + "[]");
                }
                if (element.getType() instanceof Class<?> c && c.isRecord()) {
                    unlimited(c, name + "[].", found);
                }
            }
            if (component.getType().isRecord()) {
                unlimited(component.getType(), name + ".", found);
            }
        }
    }

    private void refused(BadRequest r) {
        var before = lastStoredEvent();
        var headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(r.contentType()));
        var response = http.withBasicAuth(r.user(), r.user()).exchange(r.path(), HttpMethod.valueOf(r.method()),
                new HttpEntity<>(r.body(), headers), JsonNode.class);
        var status = response.getStatusCode().value();
        assertThat(status).as("status of %s %s (%s): %s", r.method(), r.path(), r.what(), response.getBody())
                .isBetween(400, 499);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().path("detail").asText()).as("detail").isNotBlank();
        if (r.field() != null) {
            assertThat(response.getBody().path("errors").findValuesAsText("field")).as("fields named in %s",
                    response.getBody()).contains(r.field());
        }
        assertThat(lastStoredEvent()).as("events stored after a refused request").isEqualTo(before);
    }

    /** The last event's place in the global order: any event stored moves it. */
    private long lastStoredEvent() {
        return jdbc.sql("select coalesce(max(global_index), 0) from domain_event_entry").query(Long.class).single();
    }

    private List<BadRequest> badRequests(String method, String pattern, HandlerMethod handler,
                                         Map<String, String> values) {
        var user = userFor(method, pattern);
        var path = fill(pattern, values);
        var out = new ArrayList<BadRequest>();
        Class<?> bodyType = null;
        for (var parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                bodyType = parameter.getParameterType();
            }
        }
        var json = "application/json";
        // Ids and codes in the address that name nothing, or are not ids at all.
        for (var variable : List.of("caseId", "assessmentId", "section", "code", "agency")) {
            if (!pattern.contains("{" + variable + "}")) {
                continue;
            }
            for (var bad : sample(List.of("not-an-id", UUID.randomUUID().toString(), "x".repeat(300), "%20",
                    "..%2F.."), 2)) {
                var other = new HashMap<>(values);
                other.put(variable, bad);
                out.add(new BadRequest(variable + " '" + bad.substring(0, Math.min(bad.length(), 12)) + "'", method,
                        fill(pattern, other), user, json, bodyType == null ? "{}" : minimal(bodyType), null));
            }
        }
        if (bodyType == null) {
            return out;
        }
        var whole = new ArrayList<>(List.of(
                new BadRequest("malformed JSON", method, path, user, json, "{\"a\": ", null),
                new BadRequest("single quotes", method, path, user, json, "{'reason': 'x'}", null),
                new BadRequest("trailing comma", method, path, user, json, "{\"reason\": \"x\",}", null),
                new BadRequest("two objects", method, path, user, json, minimal(bodyType) + "{}", null),
                new BadRequest("a list, not an object", method, path, user, json, "[]", null),
                new BadRequest("a number, not an object", method, path, user, json, "42", null),
                new BadRequest("text, not an object", method, path, user, json, "\"text\"", null),
                new BadRequest("wrong content type", method, path, user, "text/plain", minimal(bodyType), null),
                new BadRequest("a body over the limit", method, path, user, json,
                        "{\"reason\": \"" + "x".repeat(StrictInput.MAX_BODY_BYTES) + "\"}", null)));
        out.addAll(sample(whole, 4));
        var withUnknown = new LinkedHashMap<>(read(minimal(bodyType)));
        withUnknown.put("unexpectedField", "Synthetic");
        out.add(new BadRequest("an unknown field", method, path, user, json, write(withUnknown), "unexpectedField"));
        fieldMutations(bodyType, "", (field, what, value) -> out.add(new BadRequest(field + " " + what, method, path,
                user, json, write(nest(field, value)), field)));
        return out;
    }

    /** n of the candidates, chosen by the seeded generator. */
    private static <T> List<T> sample(List<T> candidates, int n) {
        var shuffled = new ArrayList<>(candidates);
        java.util.Collections.shuffle(shuffled, FIELDS_RANDOM);
        return shuffled.subList(0, Math.min(n, shuffled.size()));
    }

    @FunctionalInterface
    interface Mutation {
        void add(String field, String what, Object value);
    }

    /** For each field of the request type (and of the types inside it): values it must refuse. */
    private static void fieldMutations(Class<?> type, String prefix, Mutation mutation) {
        for (var component : type.getRecordComponents()) {
            var field = prefix + component.getName();
            var raw = component.getType();
            if (raw == String.class) {
                // One wrong type and one disallowed character, sampled (seeded, so a failure repeats). That every
                // text has a length limit is checked over the request types directly (see below).
                sample(List.<Map.Entry<String, Object>>of(Map.entry("a number", 123), Map.entry("a decimal", 12.5),
                        Map.entry("true", true), Map.entry("an object", Map.of("text", "x")),
                        Map.entry("a list", List.of("x"))), 1).forEach(w -> mutation.add(field, w.getKey(), w.getValue()));
                var control = sample(CONTROL_CHARACTERS, 1).get(0);
                mutation.add(field, "control character U+" + Integer.toHexString(control),
                        "Synthetic" + Character.toString(control) + "text");
            } else if (raw == Boolean.class || raw == boolean.class) {
                mutation.add(field, "text", "true");
                mutation.add(field, "a number", 1);
            } else if (raw == LocalDate.class) {
                sample(List.<Map.Entry<String, Object>>of(Map.entry("a number", 20250301),
                        Map.entry("a list of numbers", List.of(2025, 3, 1)), Map.entry("a day-first date", "01/03/2025"),
                        Map.entry("an impossible date", "2025-02-30"), Map.entry("true", true)), 2)
                        .forEach(w -> mutation.add(field, w.getKey(), w.getValue()));
            } else if (raw.isEnum()) {
                mutation.add(field, "a number", 1);
                mutation.add(field, "an unknown value", "NOT_A_VALUE");
                mutation.add(field, "a list", List.of(raw.getEnumConstants()[0].toString()));
            } else if (List.class.isAssignableFrom(raw)) {
                mutation.add(field, "text", "Synthetic");
                mutation.add(field, "an object", Map.of("a", "b"));
                if (elementType(component.getGenericType()) == String.class) {
                    mutation.add(field + "[0]", "a number in the list", List.of(123));
                    mutation.add(field + "[0]", "a control character in the list", List.of("a\u0007b"));
                }
            } else if (raw.isRecord()) {
                mutation.add(field, "text", "Synthetic");
                mutation.add(field, "a list", List.of());
                mutation.add(field, "a number", 7);
                fieldMutations(raw, field + ".", mutation);
            } else {
                throw new AssertionError("No bad values for " + field + " of type " + raw + ": add them here");
            }
        }
    }

    /** A body with the minimum a request of this type needs, so that what is wrong elsewhere is what is refused. */
    private static String minimal(Class<?> type) {
        return write(minimalMap(type));
    }

    private static Map<String, Object> minimalMap(Class<?> type) {
        var body = new LinkedHashMap<String, Object>();
        for (var component : type.getRecordComponents()) {
            if (has(component, NotBlank.class) || has(component, NotNull.class)) {
                body.put(component.getName(), component.getType().isRecord() ? minimalMap(component.getType())
                        : example(component.getType()));
            }
        }
        return body;
    }

    private static Object example(Class<?> type) {
        if (type == String.class) {
            return "Synthetic";
        }
        if (type == LocalDate.class) {
            return "2025-03-01";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        if (type == Boolean.class) {
            return false;
        }
        throw new AssertionError("No example of " + type);
    }

    private static Class<?> elementType(Type generic) {
        var argument = ((ParameterizedType) generic).getActualTypeArguments()[0];
        if (argument instanceof AnnotatedType annotated) {
            argument = annotated.getType();
        }
        return (Class<?>) argument;
    }

    /** {@code child.name} = v → {"child": {"name": v}}; {@code places[0]} = v → {"places": v}. */
    private static Map<String, Object> nest(String field, Object value) {
        var parts = field.replaceAll("\\[\\d+]$", "").split("\\.");
        Object nested = value;
        for (int i = parts.length - 1; i >= 0; i--) {
            var map = new LinkedHashMap<String, Object>();
            map.put(parts[i], nested);
            nested = map;
        }
        @SuppressWarnings("unchecked")
        var body = (Map<String, Object>) nested;
        return body;
    }

    /** The first demo user the access matrix lets make this call on a Police case. */
    private static String userFor(String method, String pattern) {
        var row = AccessMatrix.find(ApiService.COMMAND, method, pattern)
                .orElseThrow(() -> new AssertionError("No access matrix row for " + method + " " + pattern));
        return DemoUsers.ALL.stream()
                .filter(u -> row.access(u.role()) == Access.ALLOWED
                        || (row.access(u.role()) == Access.INVOLVED && "Police".equals(u.agency())))
                .findFirst().orElseThrow().userId();
    }

    private static String fill(String pattern, Map<String, String> values) {
        var path = pattern;
        for (var entry : values.entrySet()) {
            path = path.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return path;
    }

    /** Escapes all but ASCII, so a lone surrogate reaches the service as sent (as UTF-8 it would become '?'). */
    private static final ObjectMapper WRITER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(String json) {
        try {
            return WRITER.readValue(json, Map.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
