package org.cseriskrecord.casekeys;

/**
 * The key store cannot be reached or read. A change that needs a case's key is refused as a whole (nothing is
 * stored without its encryption), and the caller gets a 503 it can retry.
 */
public class KeyStoreUnavailableException extends RuntimeException {
    public KeyStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
