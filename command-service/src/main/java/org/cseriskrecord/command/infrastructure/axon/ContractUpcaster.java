package org.cseriskrecord.command.infrastructure.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.cseriskrecord.casekeys.PersonalDataCipher;
import org.cseriskrecord.events.EventUpcaster;

/** Runs one of the contract's JSON upcasters inside Axon's upcaster chain when the event store is read. */
class ContractUpcaster extends SingleEventUpcaster {
    private final EventUpcaster upcaster;
    private final PersonalDataCipher cipher;

    ContractUpcaster(EventUpcaster upcaster, PersonalDataCipher cipher) {
        this.upcaster = upcaster;
        this.cipher = cipher;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        var type = representation.getType();
        return type.getName().equals(upcaster.wireName())
                && Integer.toString(upcaster.fromRevision()).equals(type.getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(upcaster.wireName(), Integer.toString(upcaster.fromRevision() + 1)),
                JsonNode.class,
                json -> upcaster.upcast(clear((ObjectNode) json)));
    }

    /** Upcasters are written against clear JSON: personal values are decrypted before they run. */
    private ObjectNode clear(ObjectNode json) {
        var copy = json.deepCopy();
        if (!PersonalDataCipher.containsEncrypted(copy)) {
            return copy;
        }
        return (ObjectNode) cipher.decrypt(copy.get("caseId").asText(), copy);
    }
}
