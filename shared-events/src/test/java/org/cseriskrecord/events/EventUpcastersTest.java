package org.cseriskrecord.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The upcasting mechanism, exercised with upcasters of a test-only wire name ({@value #NOTE}) and, through the codec,
 * with a hypothetical revision 0 of a real event. These test the mechanism; they are not a change of the contract.
 */
class EventUpcastersTest {

    private static final String NOTE = "TestNoteRecorded";

    private final ObjectMapper mapper = EventJson.newMapper();
    private final List<String> applied = new ArrayList<>();

    /** Revision 1 → 2: {@code note} is renamed {@code text}. Mutates its argument on purpose. */
    private final EventUpcaster renameNoteToText = upcaster(NOTE, 1, payload -> {
        payload.set("text", payload.remove("note"));
        return payload;
    });

    /** Revision 2 → 3: {@code visibility} is added with its default. */
    private final EventUpcaster addVisibility = upcaster(NOTE, 2, payload -> payload.put("visibility", "INTERNAL"));

    /** Revision 3 → 4: {@code text} is upper-cased, so the order of steps shows in the result. */
    private final EventUpcaster shoutText = upcaster(NOTE, 3,
            payload -> payload.put("text", payload.get("text").asText().toUpperCase()));

    @Test
    void the_chain_applies_every_step_in_revision_order_whatever_the_order_of_the_list() {
        var upcasters = new EventUpcasters(List.of(shoutText, renameNoteToText, addVisibility));

        ObjectNode result = upcasters.upcast(NOTE, 1, 4, json("{\"id\":\"n1\",\"note\":\"invented\"}"));

        assertThat(applied).containsExactly(NOTE + " 1->2", NOTE + " 2->3", NOTE + " 3->4");
        assertThat(result).isEqualTo(json("{\"id\":\"n1\",\"text\":\"INVENTED\",\"visibility\":\"INTERNAL\"}"));
    }

    @Test
    void the_chain_starts_at_the_stored_revision() {
        var upcasters = new EventUpcasters(List.of(renameNoteToText, addVisibility, shoutText));

        ObjectNode result = upcasters.upcast(NOTE, 2, 3, json("{\"id\":\"n1\",\"text\":\"invented\"}"));

        assertThat(applied).containsExactly(NOTE + " 2->3");
        assertThat(result).isEqualTo(json("{\"id\":\"n1\",\"text\":\"invented\",\"visibility\":\"INTERNAL\"}"));
    }

    @Test
    void a_payload_already_at_the_current_revision_is_left_as_it_is() {
        var upcasters = new EventUpcasters(List.of(renameNoteToText, addVisibility));
        ObjectNode payload = json("{\"id\":\"n1\",\"text\":\"invented\",\"visibility\":\"INTERNAL\"}");

        ObjectNode result = upcasters.upcast(NOTE, 3, 3, payload);

        assertThat(applied).isEmpty();
        assertThat(result).isEqualTo(payload);
    }

    @Test
    void upcasters_of_other_wire_names_are_not_applied() {
        var otherType = upcaster("TestOtherThing", 1, payload -> payload.put("wrong", true));
        var upcasters = new EventUpcasters(List.of(otherType, renameNoteToText));

        ObjectNode result = upcasters.upcast(NOTE, 1, 2, json("{\"note\":\"invented\"}"));

        assertThat(applied).containsExactly(NOTE + " 1->2");
        assertThat(result).isEqualTo(json("{\"text\":\"invented\"}"));
    }

    @Test
    void a_missing_step_is_refused_naming_the_type_and_the_revision_it_stops_at() {
        var upcasters = new EventUpcasters(List.of(renameNoteToText, shoutText));

        assertThatThrownBy(() -> upcasters.upcast(NOTE, 1, 4, json("{\"note\":\"invented\"}")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No upcaster for " + NOTE + " from revision 2");
    }

    @Test
    void a_revision_newer_than_the_code_is_refused() {
        var upcasters = new EventUpcasters(List.of(renameNoteToText, addVisibility));

        assertThatThrownBy(() -> upcasters.upcast(NOTE, 4, 3, json("{\"text\":\"invented\"}")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Event " + NOTE + " has revision 4, newer than this code understands (3)");
        assertThat(applied).isEmpty();
    }

    @Test
    void upcasting_does_not_mutate_its_input_even_when_an_upcaster_mutates_its_argument() {
        var upcasters = new EventUpcasters(List.of(renameNoteToText, addVisibility, shoutText));
        ObjectNode stored = json("{\"id\":\"n1\",\"note\":\"invented\",\"nested\":{\"a\":1}}");
        ObjectNode before = stored.deepCopy();

        ObjectNode result = upcasters.upcast(NOTE, 1, 4, stored);

        assertThat(stored).isEqualTo(before);
        assertThat(result).isNotSameAs(stored);
    }

    @Test
    void the_list_of_upcasters_cannot_be_changed_after_construction() {
        List<EventUpcaster> list = new ArrayList<>(List.of(renameNoteToText));
        var upcasters = new EventUpcasters(list);
        list.add(addVisibility);

        assertThat(upcasters.all()).containsExactly(renameNoteToText);
        assertThatThrownBy(() -> upcasters.all().add(addVisibility)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void the_codec_reads_an_older_revision_through_its_upcasters() {
        // Hypothetical revision 0 of IndicatorWithdrawn whose text was called "why": a test of the codec's use of
        // the chain, not a revision of the contract.
        var fromZero = upcaster("IndicatorWithdrawn", 0, payload -> {
            payload.set("reason", payload.remove("why"));
            return payload;
        });
        var codec = new CaseEventCodec(mapper, new EventUpcasters(List.of(fromZero)));
        ObjectNode old = ContractFixtures.read("IndicatorWithdrawn", 1);
        old.set("why", old.remove("reason"));
        ObjectNode before = old.deepCopy();

        CaseEvent decoded = codec.fromJson("IndicatorWithdrawn", 0, old);

        assertThat(decoded).isEqualTo(ContractFixtures.expected("IndicatorWithdrawn", 1).orElseThrow());
        assertThat(applied).containsExactly("IndicatorWithdrawn 0->1");
        assertThat(old).isEqualTo(before);
    }

    @Test
    void every_upcaster_of_the_contract_names_a_known_type_and_a_revision_below_its_current_one() {
        for (EventUpcaster upcaster : EventUpcasters.contract().all()) {
            var type = CaseEventTypes.byWireName(upcaster.wireName());
            assertThat(type).as("the event type of upcaster %s", upcaster).isPresent();
            assertThat(upcaster.fromRevision()).as("revision read by the upcaster of %s", upcaster.wireName())
                    .isBetween(1, CaseEventTypes.revision(type.get()) - 1);
        }
    }

    @Test
    void the_contract_has_exactly_one_upcaster_for_every_step_below_each_current_revision() {
        List<String> steps = new ArrayList<>();
        for (EventUpcaster upcaster : EventUpcasters.contract().all()) {
            steps.add(upcaster.wireName() + " " + upcaster.fromRevision());
        }
        List<String> expected = new ArrayList<>();
        for (var type : CaseEventTypes.all()) {
            for (int revision = 1; revision < CaseEventTypes.revision(type); revision++) {
                expected.add(CaseEventTypes.wireName(type) + " " + revision);
            }
        }
        assertThat(steps).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** An upcaster that also notes, in {@code applied}, that it ran. */
    private EventUpcaster upcaster(String wireName, int fromRevision, UnaryOperator<ObjectNode> step) {
        return EventUpcaster.of(wireName, fromRevision, payload -> {
            applied.add(wireName + " " + fromRevision + "->" + (fromRevision + 1));
            return step.apply(payload);
        });
    }

    private ObjectNode json(String text) {
        try {
            return (ObjectNode) mapper.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
