package org.cseriskrecord.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads and writes event payloads by wire name and revision, upcasting older revisions on the way in. */
public final class CaseEventCodec {

    private final ObjectMapper mapper;
    private final EventUpcasters upcasters;

    public CaseEventCodec() {
        this(EventJson.newMapper(), EventUpcasters.contract());
    }

    public CaseEventCodec(ObjectMapper mapper, EventUpcasters upcasters) {
        this.mapper = mapper;
        this.upcasters = upcasters;
    }

    public ObjectNode toJson(CaseEvent event) {
        return mapper.valueToTree(event);
    }

    public byte[] toBytes(CaseEvent event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.getClass().getSimpleName() + " cannot be written", e);
        }
    }

    public CaseEvent fromJson(String wireName, int revision, JsonNode payload) {
        var type = CaseEventTypes.byWireName(wireName)
                .orElseThrow(() -> new UnknownEventTypeException(wireName));
        if (!(payload instanceof ObjectNode object)) {
            throw new IllegalArgumentException("Payload of " + wireName + " is not a JSON object");
        }
        var current = upcasters.upcast(wireName, revision, CaseEventTypes.revision(type), object);
        try {
            return mapper.treeToValue(current, type);
        } catch (JsonProcessingException e) {
            // Name the field, never the value: payloads hold personal data and this message may be logged.
            // The parser's own message (which can quote values) and its exception are deliberately left out.
            throw new IllegalArgumentException("The payload of " + wireName + " revision " + revision
                    + " does not match the contract" + at(e));
        }
    }

    /**
     * Where in a JSON document a parse or mapping failure happened, field names only (e.g. " at child.dateOfBirth"),
     * or "" if unknown: safe to log, unlike the parser's own message, which may quote values.
     */
    public static String at(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "";
        }
        var path = new StringBuilder();
        for (var reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                // A field name that is not a plain identifier could itself be data: show it as '?'.
                var name = reference.getFieldName().matches("[A-Za-z_][A-Za-z0-9_]{0,60}") ? reference.getFieldName() : "?";
                path.append(path.isEmpty() ? "" : ".").append(name);
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "" : " at " + path;
    }

    public CaseEvent fromBytes(String wireName, int revision, byte[] payload) {
        try {
            return fromJson(wireName, revision, mapper.readTree(payload));
        } catch (IOException e) {
            throw new UncheckedIOException("Payload of " + wireName + " is not JSON", e);
        }
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public static final class UnknownEventTypeException extends IllegalArgumentException {
        public UnknownEventTypeException(String wireName) {
            super("Unknown event type '" + wireName + "'; known: " + CaseEventTypes.describe());
        }
    }
}
