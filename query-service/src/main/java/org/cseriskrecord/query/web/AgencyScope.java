package org.cseriskrecord.query.web;

import org.cseriskrecord.events.Role;
import org.cseriskrecord.support.security.SignedInUser;

import java.util.Optional;

/**
 * Whose figures a user may see on the aggregate endpoints (dashboard, trends): a manager their own agency's only,
 * whatever they ask for; any other permitted role what they ask for (every agency when they ask for none).
 */
public final class AgencyScope {

    private AgencyScope() {
    }

    /**
     * @param asked what the request asks for, or null
     * @param what  what the endpoint shows, for the refusal's sentence, e.g. "the trends"
     * @return the agency to count, or empty for every agency
     * @throws NotPermittedException if a manager asks for another agency or has none recorded
     */
    public static Optional<String> of(SignedInUser user, String asked, String what) {
        if (user.role() != Role.MANAGER) {
            return Optional.ofNullable(asked);
        }
        if (user.agency() == null) {
            throw new NotPermittedException("A manager sees " + what + " of their own agency, and no agency is "
                    + "recorded for your account. Ask an administrator to record it.");
        }
        if (asked != null && !asked.equals(user.agency())) {
            throw new NotPermittedException("A manager sees " + what + " of their own agency (" + user.agency()
                    + ") only. Leave out the agency, or ask a board member for the partnership's figures.");
        }
        return Optional.of(user.agency());
    }
}
