package org.cseriskrecord.query.web;

import java.util.Collection;

/** A query parameter with a value outside the allowed ones. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String requirement;

    public InvalidParameterException(String parameter, String requirement) {
        super("The parameter '" + parameter + "' " + requirement + ".");
        this.parameter = parameter;
        this.requirement = requirement;
    }

    public static InvalidParameterException oneOf(String parameter, Collection<String> allowed) {
        return new InvalidParameterException(parameter, "must be one of " + String.join(", ", allowed));
    }

    public String parameter() {
        return parameter;
    }

    public String requirement() {
        return requirement;
    }
}
