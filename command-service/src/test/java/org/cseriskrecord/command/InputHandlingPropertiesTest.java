package org.cseriskrecord.command;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;

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
 * seed: random text (any Unicode, control characters, quotes) in the free-text fields, and one invalidating change.
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

    /** Up to 40 characters from all over Unicode, including quotes, backslashes and control characters. */
    private static String noise(Random random) {
        var text = new StringBuilder("n");
        int length = random.nextInt(40);
        for (int i = 0; i < length; i++) {
            int codePoint = switch (random.nextInt(4)) {
                case 0 -> 0x20 + random.nextInt(0x5f);
                case 1 -> random.nextInt(0x20);
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

}
