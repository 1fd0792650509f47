package org.cseriskrecord.query.web;

/** The case's personal data was erased: it is counted in figures but no longer shown. */
public class ErasedCaseException extends RuntimeException {
    public ErasedCaseException() {
        super("Erased case");
    }
}
