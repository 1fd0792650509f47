package org.cseriskrecord.command.casefile.model;

/**
 * Destroys a case's data key for ever (crypto-shredding, docs/adr/050-crypto-shredding.md): what erasing a case
 * needs from the key store, and no more.
 */
@FunctionalInterface
public interface KeyShredder {
    void destroyKeyOf(String caseId);
}
