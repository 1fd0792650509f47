package org.cseriskrecord.query.web;

/**
 * The role may call the endpoint, but not for what was asked (e.g. a manager asking for another agency's figures).
 * The message is the problem's detail: a sentence saying what the user may see instead.
 */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String detail) {
        super(detail);
    }
}
