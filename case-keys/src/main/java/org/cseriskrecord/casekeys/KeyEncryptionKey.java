package org.cseriskrecord.casekeys;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key-encryption key: 256 random bits, read from a file named by the environment ({@code CSE_KEYS_KEK_FILE}),
 * never stored in a database. It wraps every case's data key with AES-256-GCM (the case id as associated data, so a
 * wrapped key cannot be moved to another case's row).
 */
public final class KeyEncryptionKey {
    static final String AES = "AES";
    static final String AES_GCM = "AES/GCM/NoPadding";
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private KeyEncryptionKey(byte[] raw) {
        if (raw.length != 32) {
            throw new IllegalArgumentException("The key-encryption key must be 32 bytes (256 bits), base64-encoded; "
                    + "the file holds " + raw.length + " bytes");
        }
        this.key = new SecretKeySpec(raw, AES);
    }

    /** Reads the key from a file holding its 32 bytes in base64 (surrounding white space ignored). */
    public static KeyEncryptionKey fromFile(Path file) {
        try {
            var text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return new KeyEncryptionKey(Base64.getDecoder().decode(text));
        } catch (IOException e) {
            throw new IllegalStateException("The key-encryption key file " + file + " cannot be read: "
                    + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The key-encryption key file " + file + " does not hold a base64 "
                    + "256-bit key: " + e.getMessage(), e);
        }
    }

    byte[] wrap(String caseId, SecretKey dataKey) {
        try {
            var nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
            var sealed = cipher.doFinal(dataKey.getEncoded());
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    SecretKey unwrap(String caseId, byte[] wrapped) {
        try {
            var cipher = Cipher.getInstance(AES_GCM);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, wrapped, 0, NONCE_BYTES));
            cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
            return new SecretKeySpec(cipher.doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES), AES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalStateException("The data key of a case does not open with this key-encryption key: "
                    + "wrong CSE_KEYS_KEK_FILE, or the key store was tampered with", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JDK", e);
        }
    }

    static SecretKey newDataKey() {
        var raw = new byte[32];
        RANDOM.nextBytes(raw);
        return new SecretKeySpec(raw, AES);
    }

    static SecureRandom random() {
        return RANDOM;
    }
}
