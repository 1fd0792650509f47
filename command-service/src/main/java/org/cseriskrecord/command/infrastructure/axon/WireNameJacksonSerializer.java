package org.cseriskrecord.command.infrastructure.axon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.cseriskrecord.casekeys.PersonalDataCipher;
import org.cseriskrecord.events.CaseEvent;
import org.cseriskrecord.events.CaseEventTypes;
import org.cseriskrecord.events.PersonalData;

/**
 * Jackson serializer that stores events of the contract under their wire name and revision instead of their Java
 * class name, so stored events survive a class being renamed or moved, and that encrypts personal data with the
 * case's key on the way out (docs/adr/050-crypto-shredding.md): an event's {@code @PersonalData} values one by one,
 * a type marked {@code @PersonalData} as a whole (the case's snapshot) but its {@code caseId}. On the way in it
 * decrypts; values whose key was destroyed read as {@code null}. Anything else (metadata, tokens) is stored as
 * Axon's Jackson serializer would.
 */
public class WireNameJacksonSerializer extends JacksonSerializer {

    private final PersonalDataCipher cipher;

    protected WireNameJacksonSerializer(Builder builder, PersonalDataCipher cipher) {
        super(builder);
        this.cipher = cipher;
    }

    public static WireNameJacksonSerializer create(ObjectMapper mapper, PersonalDataCipher cipher) {
        return new WireNameJacksonSerializer(JacksonSerializer.builder().objectMapper(mapper), cipher);
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object == null || !holdsPersonalData(object.getClass())) {
            return super.serialize(object, expectedRepresentation);
        }
        ObjectNode json = getObjectMapper().valueToTree(object);
        var encrypted = object instanceof CaseEvent event
                ? cipher.encryptFields(event.caseId(), object.getClass(), json)
                : cipher.encryptWhole(caseIdOf(json), json);
        try {
            var bytes = getObjectMapper().writeValueAsBytes(encrypted);
            return new SimpleSerializedObject<>(getConverter().convert(bytes, expectedRepresentation),
                    expectedRepresentation, typeForClass(object.getClass()));
        } catch (JsonProcessingException e) {
            throw new SerializationException("Unable to serialize " + object.getClass().getSimpleName(), e);
        }
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        if (SerializedType.emptyType().equals(serializedObject.getType())) {
            return super.deserialize(serializedObject);
        }
        Class<?> type = classForType(serializedObject.getType());
        if (!holdsPersonalData(type)) {
            return super.deserialize(serializedObject);
        }
        var json = getConverter().convert(serializedObject, JsonNode.class).getData();
        var clear = cipher.decrypt(caseIdOf(json), json);
        if (clear == null || clear.isNull()) {
            // A snapshot of an erased case: nothing of it can be read; Axon rebuilds the case from its events.
            throw new SerializationException("The snapshot of case " + caseIdOf(json) + " was erased");
        }
        return super.deserialize(new SimpleSerializedObject<>(clear, JsonNode.class, serializedObject.getType()));
    }

    private boolean holdsPersonalData(Class<?> type) {
        return cipher != null && type != null && (CaseEventTypes.isCaseEvent(type) && cipher.hasPersonalData(type)
                || type.isAnnotationPresent(PersonalData.class));
    }

    private static String caseIdOf(JsonNode json) {
        var caseId = json == null ? null : json.get("caseId");
        if (caseId == null || !caseId.isTextual()) {
            throw new SerializationException("A document with personal data has no caseId to find its key by");
        }
        return caseId.asText();
    }

    @Override
    public SerializedType typeForClass(Class type) {
        if (CaseEventTypes.isCaseEvent(type)) {
            return new SimpleSerializedType(CaseEventTypes.wireName(type),
                    Integer.toString(CaseEventTypes.revision(type)));
        }
        return super.typeForClass(type);
    }

    @Override
    protected String resolveClassName(SerializedType serializedType) {
        return CaseEventTypes.byWireName(serializedType.getName())
                .<String>map(Class::getName)
                .orElse(serializedType.getName());
    }
}
