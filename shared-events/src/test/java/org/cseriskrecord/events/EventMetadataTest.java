package org.cseriskrecord.events;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EventMetadataTest {

    @Test
    void metadata_survives_a_round_trip_through_a_map() {
        var metadata = new EventMetadata("practitioner", "PRACTITIONER", "Police", "00000000-0000-4000-8000-00000000c0c0");

        assertThat(EventMetadata.from(metadata.asMap())).isEqualTo(metadata);
    }

    @Test
    void the_map_uses_the_published_keys_in_a_stable_order() {
        var metadata = new EventMetadata("manager2", "MANAGER", "Health", "corr-1");

        assertThat(metadata.asMap()).containsExactly(
                Map.entry("userId", "manager2"),
                Map.entry("role", "MANAGER"),
                Map.entry("agency", "Health"),
                Map.entry("correlationId", "corr-1"));
        assertThat(EventMetadata.USER_ID).isEqualTo("userId");
        assertThat(EventMetadata.ROLE).isEqualTo("role");
        assertThat(EventMetadata.AGENCY).isEqualTo("agency");
        assertThat(EventMetadata.CORRELATION_ID).isEqualTo("correlationId");
    }

    @Test
    void absent_values_are_left_out_of_the_map_and_read_back_as_absent() {
        var metadata = new EventMetadata("board", "BOARD", null, null);

        assertThat(metadata.asMap()).containsOnlyKeys("userId", "role");
        assertThat(EventMetadata.from(metadata.asMap())).isEqualTo(metadata);
        assertThat(EventMetadata.from(Map.of())).isEqualTo(new EventMetadata(null, null, null, null));
        assertThat(new EventMetadata(null, null, null, null).asMap()).isEmpty();
    }

    @Test
    void other_keys_are_ignored_and_non_text_values_are_read_as_text() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("userId", "auditor");
        values.put("role", "AUDITOR");
        values.put("agency", "Police");
        var correlation = UUID.fromString("00000000-0000-4000-8000-00000000c0c0");
        values.put("correlationId", correlation);
        values.put("traceId", "set by the framework");

        assertThat(EventMetadata.from(values))
                .isEqualTo(new EventMetadata("auditor", "AUDITOR", "Police", correlation.toString()));
    }
}
