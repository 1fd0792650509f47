package org.cseriskrecord.query.web;

/** No assessment with the requested id has reached this service. */
public class UnknownAssessmentException extends RuntimeException {
    public UnknownAssessmentException() {
        super("Unknown assessment");
    }
}
