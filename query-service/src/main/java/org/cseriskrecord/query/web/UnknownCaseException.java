package org.cseriskrecord.query.web;

/** No case with the requested id has reached this service. */
public class UnknownCaseException extends RuntimeException {
    public UnknownCaseException() {
        super("Unknown case");
    }
}
