package org.cseriskrecord.localstack;

/**
 * A reason the local stack cannot go on, phrased as one sentence for the person at the terminal.
 * The launcher prints the message alone (no stack trace) and exits non-zero.
 */
public class StackException extends Exception {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
