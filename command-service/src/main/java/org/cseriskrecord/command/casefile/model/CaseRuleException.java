package org.cseriskrecord.command.casefile.model;

import java.util.List;

/**
 * A command the case's rules refuse. The message is a sentence for the person who sent it; nothing is stored.
 */
public class CaseRuleException extends RuntimeException {

    /** How the refusal reads to an API client: which HTTP status family it belongs to. */
    public enum Kind {
        /** The command's own content is wrong (unknown code, missing text, date in the future). */
        INVALID,
        /** The case or assessment is not in a state that allows it (authorising a draft, editing an authorised one). */
        WRONG_STATE,
        /** The user may not do this (not a manager, or the assessment's own author). */
        NOT_PERMITTED,
        /** No such assessment in this case. */
        NOT_FOUND,
        /** The case's personal data was erased: nothing more can be recorded for it. */
        GONE
    }

    private final Kind kind;
    private final List<String> problems;

    public CaseRuleException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    public CaseRuleException(Kind kind, String message, List<String> problems) {
        super(message);
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public static CaseRuleException invalid(String message) {
        return new CaseRuleException(Kind.INVALID, message);
    }

    public static CaseRuleException wrongState(String message) {
        return new CaseRuleException(Kind.WRONG_STATE, message);
    }

    public static CaseRuleException notPermitted(String message) {
        return new CaseRuleException(Kind.NOT_PERMITTED, message);
    }

    public Kind kind() {
        return kind;
    }

    /** Every unmet requirement, where there is more than one thing to put right (submission). */
    public List<String> problems() {
        return problems;
    }
}
