package org.cseriskrecord.casekeys;

import javax.crypto.SecretKey;

/** A case's data key, unwrapped, with the version written beside every value it encrypts. */
public record CaseKey(String caseId, int version, SecretKey secret) {
    @Override
    public String toString() {
        return "CaseKey[" + caseId + " v" + version + "]"; // never the key material
    }
}
