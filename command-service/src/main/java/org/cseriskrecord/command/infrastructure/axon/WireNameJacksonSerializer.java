package org.cseriskrecord.command.infrastructure.axon;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;
import org.cseriskrecord.events.CaseEventTypes;

/**
 * Jackson serializer that stores events of the contract under their wire name and revision instead of their Java
 * class name, so stored events survive a class being renamed or moved. Anything else (metadata, tokens, snapshots)
 * is stored as Axon's Jackson serializer would.
 */
public class WireNameJacksonSerializer extends JacksonSerializer {

    protected WireNameJacksonSerializer(Builder builder) {
        super(builder);
    }

    public static WireNameJacksonSerializer create(com.fasterxml.jackson.databind.ObjectMapper mapper) {
        return new WireNameJacksonSerializer(JacksonSerializer.builder().objectMapper(mapper));
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
