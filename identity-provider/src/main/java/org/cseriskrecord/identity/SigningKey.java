package org.cseriskrecord.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The RSA key that signs tokens. Kept in a file (the local stack's {@code .local-stack/identity/signing-key.json},
 * readable only by its owner) so that tokens stay valid across restarts of the provider; generated on first use.
 */
final class SigningKey {

    private SigningKey() {
    }

    static RSAKey load(String keyFile) {
        try {
            if (keyFile == null || keyFile.isBlank()) {
                return generate();
            }
            Path file = Path.of(keyFile);
            if (Files.exists(file)) {
                return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            }
            RSAKey key = generate();
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, key.toJSONString(), StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file keeps the directory's permissions
            }
            return key;
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("Could not read or write the token-signing key " + keyFile + " ("
                    + e.getMessage() + "); delete it to have a new one made.", e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a token-signing key", e);
        }
    }
}
