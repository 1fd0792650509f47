package org.cseriskrecord.query.consumption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.cseriskrecord.casekeys.PersonalDataCipher;
import org.cseriskrecord.events.CaseErased;
import org.cseriskrecord.events.CaseEvent;
import org.cseriskrecord.events.CaseEventCodec;
import org.cseriskrecord.events.CaseEventEnvelope;
import org.cseriskrecord.events.CaseEventTypes;
import org.cseriskrecord.query.storage.StoredJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads a record of the topic: first where it belongs ({@link #position}), then the event itself ({@link #decode}):
 * the {@link CaseEventEnvelope} JSON, then the payload by wire name and revision through {@link CaseEventCodec},
 * which upcasts older revisions. Failures carry reasons without values: the record may hold personal data.
 */
@Component
public class EventRecordReader {

    /** Ids, wire names and the like: what may be echoed in a reason or a log line. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:@-]{1,100}");

    private final ObjectMapper mapper;
    private final CaseEventCodec codec;
    private final PersonalDataCipher cipher;

    /** A reader of clear payloads only (records written before encryption, tests of the envelope). */
    public EventRecordReader() {
        this(new StoredJson(), null);
    }

    /** A reader that decrypts personal values with the case's key (docs/adr/050-crypto-shredding.md). */
    @Autowired
    public EventRecordReader(StoredJson json, PersonalDataCipher cipher) {
        this.mapper = json.mapper();
        this.codec = json.codec();
        this.cipher = cipher;
    }

    /** Where the record belongs, from the envelope if the value is JSON, else from the headers. */
    public RecordPosition position(String key, String value, Headers headers) {
        JsonNode envelope = parseQuietly(value);
        String caseId = firstToken(text(envelope, "caseId"), header(headers, CaseEventEnvelope.Headers.AGGREGATE_ID), key);
        Long sequence = firstLong(number(envelope, "sequence"), header(headers, CaseEventEnvelope.Headers.SEQUENCE));
        String eventId = firstToken(text(envelope, "eventId"), header(headers, CaseEventEnvelope.Headers.EVENT_ID), null);
        String type = firstToken(text(envelope, "type"), header(headers, CaseEventEnvelope.Headers.TYPE), null);
        Long revision = firstLong(number(envelope, "revision"), header(headers, CaseEventEnvelope.Headers.REVISION));
        return new RecordPosition(caseId, sequence, eventId, type,
                revision == null || revision > Integer.MAX_VALUE || revision < 0 ? null : revision.intValue());
    }

    /**
     * The event of a record whose position is known.
     *
     * @throws UndecodableEventException if the value is not a complete envelope of a known event type and revision,
     *                                   or does not agree with its position
     */
    public ProjectedEvent decode(String value, RecordPosition position) {
        if (value == null || value.isBlank()) {
            throw new UndecodableEventException(position, "The record has no value");
        }
        CaseEventEnvelope envelope;
        try {
            envelope = mapper.readValue(value, CaseEventEnvelope.class);
        } catch (JsonProcessingException e) {
            throw new UndecodableEventException(position, (e instanceof JsonMappingException
                    ? "The record value is not an event envelope" : "The record value is not JSON") + CaseEventCodec.at(e));
        }
        List<String> missing = new ArrayList<>();
        if (!isToken(envelope.eventId())) missing.add("eventId");
        if (!isToken(envelope.type())) missing.add("type");
        if (!isToken(envelope.caseId())) missing.add("caseId");
        if (envelope.occurredAt() == null) missing.add("occurredAt");
        if (envelope.payload() == null || envelope.payload().isNull()) missing.add("payload");
        if (envelope.sequence() < 0) missing.add("sequence");
        if (envelope.revision() < 1) missing.add("revision");
        if (!missing.isEmpty()) {
            throw new UndecodableEventException(position, "The event envelope lacks a valid "
                    + String.join(", ", missing));
        }
        if (!envelope.caseId().equals(position.caseId()) || envelope.sequence() != position.sequence()) {
            throw new UndecodableEventException(position,
                    "The record's headers or key disagree with its envelope on the case id or sequence");
        }
        var type = CaseEventTypes.byWireName(envelope.type());
        if (type.isEmpty()) {
            throw new UndecodableEventException(position, "Unknown event type '" + envelope.type() + "'");
        }
        int readable = CaseEventTypes.revision(type.get());
        if (envelope.revision() > readable) {
            throw new UndecodableEventException(position, "Revision " + envelope.revision() + " of "
                    + envelope.type() + " is newer than this service reads (up to revision " + readable + ")");
        }
        CaseEvent event;
        try {
            event = codec.fromJson(envelope.type(), envelope.revision(), clear(envelope));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // The codec's messages name types, revisions and field paths, never values.
            throw new UndecodableEventException(position,
                    Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()));
        }
        if (!envelope.caseId().equals(event.caseId())) {
            throw new UndecodableEventException(position, "The payload's case id differs from the envelope's");
        }
        if (event instanceof CaseErased && cipher != null) {
            cipher.forget(event.caseId()); // its key is destroyed: no cached copy may open anything of it again
        }
        return new ProjectedEvent(envelope, event);
    }

    /**
     * The payload with its personal values decrypted (null where the case's key was destroyed). A key store that
     * cannot be reached is not the record's fault: that failure propagates, and the record is retried.
     */
    private JsonNode clear(CaseEventEnvelope envelope) {
        if (!PersonalDataCipher.containsEncrypted(envelope.payload())) {
            return envelope.payload();
        }
        if (cipher == null) {
            throw new IllegalStateException("The payload is encrypted and this reader has no key store");
        }
        return cipher.decrypt(envelope.caseId(), envelope.payload().deepCopy());
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    private JsonNode parseQuietly(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(value);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    private static String number(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value != null && value.canConvertToExactIntegral() ? value.asText() : null;
    }

    private static String header(Headers headers, String name) {
        if (headers == null) {
            return null;
        }
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String firstToken(String first, String second, String third) {
        for (String candidate : new String[]{first, second, third}) {
            if (candidate != null) {
                return isToken(candidate) ? candidate : null;
            }
        }
        return null;
    }

    private static Long firstLong(String first, String second) {
        String text = first != null ? first : second;
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static boolean isToken(String value) {
        return value != null && TOKEN.matcher(value).matches();
    }
}
