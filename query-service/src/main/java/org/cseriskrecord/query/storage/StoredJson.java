package org.cseriskrecord.query.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cseriskrecord.events.CaseEventCodec;
import org.cseriskrecord.events.EventJson;
import org.cseriskrecord.events.EventUpcasters;
import org.springframework.stereotype.Component;

/**
 * The read database's JSON columns, written and read with the contract's own mapper configuration
 * ({@link EventJson}): one configuration and one wording for a value that cannot be read. Failures never quote the
 * stored value nor chain the parser's exception, whose message may quote it: the columns hold personal data.
 * Null in, null out.
 */
@Component
public class StoredJson {

    private final ObjectMapper mapper = EventJson.newMapper();
    private final CaseEventCodec codec = new CaseEventCodec(mapper, EventUpcasters.contract());

    /** The mapper itself, for reading envelopes and the like. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** Decodes payloads by wire name and revision (older revisions upcast) with the same mapper. */
    public CaseEventCodec codec() {
        return codec;
    }

    public String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /** @param what what the column holds, for the error (e.g. "child details"); never the value itself */
    public <T> T read(String stored, Class<T> type, String what) {
        if (stored == null) {
            return null;
        }
        try {
            return mapper.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw unreadable(what, e);
        }
    }

    public <T> T read(String stored, TypeReference<T> type, String what) {
        if (stored == null) {
            return null;
        }
        try {
            return mapper.readValue(stored, type);
        } catch (JsonProcessingException e) {
            throw unreadable(what, e);
        }
    }

    public JsonNode tree(String stored, String what) {
        if (stored == null) {
            return null;
        }
        try {
            return mapper.readTree(stored);
        } catch (JsonProcessingException e) {
            throw unreadable(what, e);
        }
    }

    public JsonNode toTree(Object value) {
        return mapper.valueToTree(value);
    }

    public ObjectNode object() {
        return mapper.createObjectNode();
    }

    private static IllegalStateException unreadable(String what, Exception e) {
        return new IllegalStateException("Stored " + what + " cannot be read (" + e.getClass().getSimpleName() + ")");
    }
}
