package org.cseriskrecord.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local stack's key-encryption key (docs/adr/050-crypto-shredding.md): 256 random bits in base64, in a file only
 * its owner can read, made once and kept across restarts (losing it makes every case's personal data unreadable).
 */
final class KeyEncryptionKeyFile {
    private KeyEncryptionKeyFile() {
    }

    /** Creates the file unless it exists; true if it was created. */
    static boolean ensure(Path file) throws StackException {
        if (Files.exists(file)) {
            return false;
        }
        try {
            Files.createDirectories(file.getParent());
            var raw = new byte[32];
            new SecureRandom().nextBytes(raw);
            Files.writeString(file, Base64.getEncoder().encodeToString(raw) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            throw new StackException("Cannot create the key-encryption key " + file + ": " + e.getMessage());
        }
    }
}
