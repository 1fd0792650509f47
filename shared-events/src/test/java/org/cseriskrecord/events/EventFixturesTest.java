package org.cseriskrecord.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every revision of every event that may be stored or published has a JSON fixture, and the code reads each of them
 * as the event written out in {@link ContractFixtures}. The current revision also writes back exactly its fixture,
 * so the wire format cannot drift silently: renaming or retyping a record component fails here.
 */
class EventFixturesTest {

    private static final Pattern FIXTURE_FILE = Pattern.compile("([A-Za-z0-9]+)/v([0-9]+)\\.json");

    private final CaseEventCodec codec = new CaseEventCodec();

    static Stream<Class<? extends CaseEvent>> eventTypes() {
        return CaseEventTypes.all().stream();
    }

    /** Every (wire name, revision) a reader must still understand: 1 up to the current revision. */
    static Stream<Arguments> everyRevisionOfEveryType() {
        return CaseEventTypes.all().stream().flatMap(type -> IntStream.rangeClosed(1, CaseEventTypes.revision(type))
                .mapToObj(revision -> Arguments.of(CaseEventTypes.wireName(type), revision)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void every_event_type_has_a_fixture_of_each_revision(Class<? extends CaseEvent> type) {
        String wireName = CaseEventTypes.wireName(type);
        List<String> missing = new ArrayList<>();
        for (int revision = 1; revision <= CaseEventTypes.revision(type); revision++) {
            if (!ContractFixtures.exists(wireName, revision)) {
                missing.add("src/test/resources" + ContractFixtures.resource(wireName, revision));
            }
        }
        assertThat(missing).as("fixtures of %s (current revision %d)", wireName, CaseEventTypes.revision(type))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} v{1}")
    @MethodSource("everyRevisionOfEveryType")
    void each_fixture_decodes_to_the_expected_event(String wireName, int revision) {
        var expected = ContractFixtures.expected(wireName, revision);
        assertThat(expected).as("the expected event of %s v%d, written in ContractFixtures", wireName, revision)
                .isPresent();

        CaseEvent decoded = codec.fromJson(wireName, revision, ContractFixtures.read(wireName, revision));

        assertThat(decoded).isEqualTo(expected.get());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void encoding_the_decoded_fixture_of_the_current_revision_gives_back_the_same_json(
            Class<? extends CaseEvent> type) throws Exception {
        String wireName = CaseEventTypes.wireName(type);
        int revision = CaseEventTypes.revision(type);
        ObjectNode fixture = ContractFixtures.read(wireName, revision);

        CaseEvent decoded = codec.fromJson(wireName, revision, fixture);

        assertThat(decoded).isInstanceOf(type);
        // Compared as the JSON text reads back, so that only what is on the wire counts (an int and a long of the
        // same value are the same JSON number).
        var mapper = codec.mapper();
        assertThat(mapper.readTree(mapper.writeValueAsBytes(codec.toJson(decoded))))
                .as("%s written as a tree", wireName).isEqualTo(fixture);
        assertThat(mapper.readTree(codec.toBytes(decoded))).as("%s written as bytes", wireName)
                .isEqualTo(fixture);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void the_fixture_of_the_current_revision_gives_every_field_a_value(Class<? extends CaseEvent> type) {
        String wireName = CaseEventTypes.wireName(type);
        List<String> nulls = new ArrayList<>();
        collectNulls(ContractFixtures.read(wireName, CaseEventTypes.revision(type)), wireName, nulls);
        assertThat(nulls).as("fields of the %s fixture without a value", wireName).isEmpty();
    }

    @Test
    void every_fixture_file_belongs_to_a_known_event_type_and_revision() {
        List<String> strays = new ArrayList<>();
        for (String file : ContractFixtures.allFixtureFiles()) {
            var matcher = FIXTURE_FILE.matcher(file);
            if (!matcher.matches()) {
                strays.add(file + " (not named <WireName>/v<revision>.json)");
                continue;
            }
            var type = CaseEventTypes.byWireName(matcher.group(1));
            int revision = Integer.parseInt(matcher.group(2));
            if (type.isEmpty()) {
                strays.add(file + " (no event type has this wire name)");
            } else if (revision < 1 || revision > CaseEventTypes.revision(type.get())) {
                strays.add(file + " (current revision is " + CaseEventTypes.revision(type.get()) + ")");
            }
        }
        assertThat(strays).isEmpty();
    }

    @Test
    void a_consumer_ignores_fields_it_does_not_know() {
        ObjectNode fixture = ContractFixtures.read("IndicatorMarked", 1);
        fixture.put("addedByALaterRevision", "ignored");
        ((ObjectNode) fixture.get("evidence")).put("alsoNew", 42);

        CaseEvent decoded = codec.fromJson("IndicatorMarked", 1, fixture);

        assertThat(decoded).isEqualTo(ContractFixtures.expected("IndicatorMarked", 1).orElseThrow());
    }

    @Test
    void a_payload_of_an_unknown_event_type_is_refused_naming_the_known_types() {
        ObjectNode fixture = ContractFixtures.read("CaseOpened", 1);

        assertThatThrownBy(() -> codec.fromJson("CaseClosed", 1, fixture))
                .isInstanceOf(CaseEventCodec.UnknownEventTypeException.class)
                .hasMessageContaining("Unknown event type 'CaseClosed'")
                .hasMessageContaining("CaseOpened")
                .hasMessageContaining("AssessmentReturned");
    }

    @Test
    void a_payload_of_a_revision_newer_than_the_code_is_refused() {
        ObjectNode fixture = ContractFixtures.read("CaseOpened", 1);

        assertThatThrownBy(() -> codec.fromJson("CaseOpened", 3, fixture))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Event CaseOpened has revision 3, newer than this code understands (2)");
    }

    @Test
    void a_payload_of_an_older_revision_without_an_upcaster_is_refused() {
        ObjectNode fixture = ContractFixtures.read("CaseOpened", 1);

        assertThatThrownBy(() -> codec.fromJson("CaseOpened", 0, fixture))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No upcaster for CaseOpened from revision 0");
    }

    @Test
    void a_payload_that_is_not_a_json_object_is_refused() {
        assertThatThrownBy(() -> codec.fromJson("CaseOpened", 1, TextNode.valueOf("CaseOpened")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Payload of CaseOpened is not a JSON object");
    }

    @Test
    void a_payload_that_does_not_match_the_contract_is_refused_naming_its_type_revision_and_field_but_not_the_value() {
        ObjectNode fixture = ContractFixtures.read("CaseOpened", 1);
        ((ObjectNode) fixture.get("child")).put("dateOfBirth", "the fourth of March");

        assertThatThrownBy(() -> codec.fromJson("CaseOpened", 1, fixture))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The payload of CaseOpened revision 1 does not match the contract at child.dateOfBirth")
                .hasNoCause();
    }

    @Test
    void bytes_decode_like_the_json_tree() {
        byte[] bytes = ContractFixtures.read("AnalysisRecorded", 1).toString().getBytes(StandardCharsets.UTF_8);

        assertThat(codec.fromBytes("AnalysisRecorded", 1, bytes))
                .isEqualTo(ContractFixtures.expected("AnalysisRecorded", 1).orElseThrow());
    }

    @Test
    void revision_1_answers_true_and_false_are_read_as_yes_and_no_and_the_codes_as_not_recorded() {
        ObjectNode old = ContractFixtures.read("ChildDetailsCorrected", 1);
        ((ObjectNode) old.get("child")).put("learningDifficulty", true).put("childProtectionPlan", false);

        var decoded = (ChildDetailsCorrected) codec.fromJson("ChildDetailsCorrected", 1, old);

        assertThat(decoded.child().learningDifficulty()).isEqualTo("YES");
        assertThat(decoded.child().childProtectionPlan()).isEqualTo("NO");
        assertThat(decoded.child().genderCode()).isNull();
        assertThat(decoded.child().ethnicityCode()).isNull();
        assertThat(decoded.child().disabilityCodes()).isEmpty();
    }

    @Test
    void a_revision_1_authorisation_authorised_the_assessed_level_and_recorded_no_flags() {
        var decoded = (ManagerAuthorised) codec.fromJson("ManagerAuthorised", 1,
                ContractFixtures.read("ManagerAuthorised", 1));

        assertThat(decoded.authorisedLevel()).isEqualTo(decoded.assessedLevel()).isEqualTo("MEDIUM");
        assertThat(decoded.stepDown()).isFalse();
        assertThat(decoded.responseLevel()).isNull();
    }

    @Test
    void a_revision_1_submission_recorded_the_response_of_the_suggestion() {
        var decoded = (AssessmentSubmitted) codec.fromJson("AssessmentSubmitted", 1,
                ContractFixtures.read("AssessmentSubmitted", 1));

        assertThat(decoded.responseLevel()).isEqualTo(decoded.suggestedLevel());
        assertThat(decoded.learningDifficulty()).isNull();
    }

    private static void collectNulls(JsonNode node, String path, List<String> nulls) {
        if (node == null || node.isNull()) {
            nulls.add(path);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> collectNulls(field.getValue(), path + "." + field.getKey(), nulls));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectNulls(node.get(i), path + "[" + i + "]", nulls);
            }
        }
    }
}
