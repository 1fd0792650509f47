package org.cseriskrecord.casekeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.cseriskrecord.events.PersonalData;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Encrypts the personal data of a JSON document with its case's key, value by value, so that destroying the key
 * erases exactly the personal data and leaves the rest (ids, codes, levels, dates of events) readable.
 *
 * <p>Which values are personal is said by {@link PersonalData} on the record component, or on the component's type
 * (or a list's element type). Each such value is replaced by {@code {"$enc": "<base64>"}}: a format byte, the key
 * version, a random 96-bit nonce and the AES-256-GCM ciphertext of the value's JSON, with the case id and key
 * version as associated data (a value cannot be moved to another case). Whole documents (snapshots) keep only their
 * {@code caseId} in clear beside one {@code $enc}. Reading replaces each {@code $enc} with its value, or with
 * {@code null} once the case's key has been destroyed.
 */
public class PersonalDataCipher {
    public static final String ENCRYPTED = "$enc";
    private static final byte FORMAT = 1;

    private final CaseKeys keys;
    private final ObjectMapper mapper;
    private final Map<Class<?>, List<Field>> fieldsByType = new ConcurrentHashMap<>();

    /** How a record component is treated: sealed as a whole, walked into, or left alone (not listed). */
    private record Field(String name, boolean personal, Class<?> nested) {
    }

    public PersonalDataCipher(CaseKeys keys, ObjectMapper mapper) {
        this.keys = keys;
        this.mapper = mapper;
    }

    /** Whether values of this record type hold any personal data at all (and so need the case's key). */
    public boolean hasPersonalData(Class<?> type) {
        return fields(type).stream().anyMatch(f -> f.personal() || hasPersonalData(f.nested()));
    }

    /**
     * Encrypts, in place, the personal values of {@code json}, the JSON form of a record of {@code type}. Needs the
     * case's key only if a personal value is present; creates it on first use.
     */
    public ObjectNode encryptFields(String caseId, Class<?> type, ObjectNode json) {
        var key = new LazyKey(caseId);
        replacePersonal(type, json, value -> {
            var sealed = JsonNodeFactory.instance.objectNode();
            sealed.put(ENCRYPTED, seal(key.get(), value));
            return sealed;
        });
        return json;
    }

    /**
     * Sets, in place, every personal value of {@code json} (a record of {@code type}, clear or encrypted) to null:
     * what is left of a payload once its case is erased, whether it was written before encryption or after.
     */
    public ObjectNode redact(Class<?> type, ObjectNode json) {
        replacePersonal(type, json, value -> NullNode.instance);
        return json;
    }

    /** Forgets a cached key at once: its case was erased by another process. */
    public void forget(String caseId) {
        keys.evict(caseId);
    }

    /** Encrypts a whole document but its {@code caseId} (a snapshot of the case). */
    public ObjectNode encryptWhole(String caseId, ObjectNode json) {
        var body = json.deepCopy();
        body.remove("caseId");
        var sealed = JsonNodeFactory.instance.objectNode();
        sealed.put("caseId", caseId);
        sealed.put(ENCRYPTED, seal(keys.obtain(caseId), body));
        return sealed;
    }

    /**
     * Decrypts, in place where possible, every encrypted value of a document of case {@code caseId}; values whose
     * key was destroyed become {@code null}, and a whole document whose key was destroyed becomes {@code null}.
     */
    public JsonNode decrypt(String caseId, JsonNode json) {
        if (!containsEncrypted(json)) {
            return json;
        }
        var key = keys.find(caseId).orElse(null);
        return open(key, caseId, json);
    }

    public static boolean containsEncrypted(JsonNode json) {
        if (json == null) {
            return false;
        }
        if (json.isObject() && json.has(ENCRYPTED)) {
            return true;
        }
        for (var child : json) {
            if (containsEncrypted(child)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode open(CaseKey key, String caseId, JsonNode json) {
        if (json instanceof ObjectNode object) {
            if (object.has(ENCRYPTED)) {
                var value = key == null ? NullNode.instance : unseal(key, caseId, object.get(ENCRYPTED).asText());
                if (object.size() == 1) {
                    return value;
                }
                if (!(value instanceof ObjectNode inner)) {
                    return NullNode.instance; // a whole document whose key is gone: nothing of it remains
                }
                var merged = object.deepCopy();
                merged.remove(ENCRYPTED);
                merged.setAll(inner);
                return merged;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            var replaced = new ArrayList<Map.Entry<String, JsonNode>>();
            while (fields.hasNext()) {
                var entry = fields.next();
                var opened = open(key, caseId, entry.getValue());
                if (opened != entry.getValue()) {
                    replaced.add(Map.entry(entry.getKey(), opened));
                }
            }
            replaced.forEach(e -> object.set(e.getKey(), e.getValue()));
            return object;
        }
        if (json instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                var opened = open(key, caseId, array.get(i));
                if (opened != array.get(i)) {
                    array.set(i, opened);
                }
            }
        }
        return json;
    }

    private void replacePersonal(Class<?> type, ObjectNode json, java.util.function.UnaryOperator<JsonNode> replace) {
        for (var field : fields(type)) {
            var value = json.get(field.name());
            if (value == null || value.isNull()) {
                continue;
            }
            if (field.personal()) {
                json.set(field.name(), replace.apply(value));
            } else if (field.nested() != null && value instanceof ObjectNode nested) {
                replacePersonal(field.nested(), nested, replace);
            } else if (field.nested() != null && value instanceof ArrayNode array) {
                for (var element : array) {
                    if (element instanceof ObjectNode nested) {
                        replacePersonal(field.nested(), nested, replace);
                    }
                }
            }
        }
    }

    private String seal(CaseKey key, JsonNode value) {
        try {
            var nonce = new byte[KeyEncryptionKey.NONCE_BYTES];
            KeyEncryptionKey.random().nextBytes(nonce);
            var cipher = Cipher.getInstance(KeyEncryptionKey.AES_GCM);
            cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(KeyEncryptionKey.TAG_BITS, nonce));
            cipher.updateAAD(associatedData(key.caseId(), key.version()));
            var sealed = cipher.doFinal(mapper.writeValueAsBytes(value));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(1 + 4 + nonce.length + sealed.length)
                    .put(FORMAT).putInt(key.version()).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("A personal value could not be encrypted", e);
        }
    }

    private JsonNode unseal(CaseKey key, String caseId, String text) {
        try {
            var bytes = ByteBuffer.wrap(Base64.getDecoder().decode(text));
            if (bytes.get() != FORMAT) {
                throw new IllegalStateException("An encrypted value of case " + caseId + " has an unknown format");
            }
            int version = bytes.getInt();
            if (version != key.version()) {
                throw new IllegalStateException("An encrypted value of case " + caseId + " names key version "
                        + version + "; the key store holds version " + key.version());
            }
            var nonce = new byte[KeyEncryptionKey.NONCE_BYTES];
            bytes.get(nonce);
            var cipher = Cipher.getInstance(KeyEncryptionKey.AES_GCM);
            cipher.init(Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(KeyEncryptionKey.TAG_BITS, nonce));
            cipher.updateAAD(associatedData(caseId, version));
            var plain = cipher.doFinal(bytes.array(), bytes.position(), bytes.remaining());
            return mapper.readTree(plain);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("An encrypted value of case " + caseId + " does not open with its key "
                    + "(altered, or copied from another case)", e);
        } catch (GeneralSecurityException | IOException | IllegalArgumentException
                 | java.nio.BufferUnderflowException e) {
            throw new IllegalStateException("An encrypted value of case " + caseId + " cannot be read", e);
        }
    }

    private static byte[] associatedData(String caseId, int version) {
        return (caseId + ":" + version).getBytes(StandardCharsets.UTF_8);
    }

    private List<Field> fields(Class<?> type) {
        if (type == null || !type.isRecord()) {
            return List.of();
        }
        return fieldsByType.computeIfAbsent(type, PersonalDataCipher::describe);
    }

    private static List<Field> describe(Class<?> type) {
        var fields = new ArrayList<Field>();
        for (RecordComponent component : type.getRecordComponents()) {
            var valueType = elementType(component.getGenericType());
            boolean personal = component.isAnnotationPresent(PersonalData.class)
                    || (valueType != null && valueType.isAnnotationPresent(PersonalData.class));
            Class<?> nested = !personal && valueType != null && valueType.isRecord() ? valueType : null;
            if (personal || nested != null) {
                fields.add(new Field(component.getName(), personal, nested));
            }
        }
        return List.copyOf(fields);
    }

    /** The type of the value, or of a list's elements. */
    private static Class<?> elementType(Type type) {
        if (type instanceof Class<?> plain) {
            return plain;
        }
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw
                && java.util.Collection.class.isAssignableFrom(raw)
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    /** The case's key, fetched (or created) only when a personal value is actually there to encrypt. */
    private final class LazyKey {
        private final String caseId;
        private CaseKey key;

        LazyKey(String caseId) {
            this.caseId = caseId;
        }

        CaseKey get() {
            if (key == null) {
                key = keys.obtain(caseId);
            }
            return key;
        }
    }
}
