package org.cseriskrecord.command.casefile.application;

/**
 * What sending a command needs of the request it came in on, without knowing that it is HTTP: the request's
 * correlation id, to travel with the command and its events, and a way to tell the caller the case's sequence after
 * the change, so a client can wait until the read side shows it. The web layer implements it.
 */
public interface RequestChannel {

    String correlationId();

    /** Called once the command is stored; does nothing outside a request. */
    void announceSequence(String caseId, long sequence);
}
