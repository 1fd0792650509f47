package org.cseriskrecord.web.api;

import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * After a change, the next page must not show older data: waits (bounded by {@code cse.services.read-your-writes-wait})
 * until query-service has applied the case's sequence the change answered with. If it has not by then, the caller
 * says so on the next page instead of showing a stale one silently.
 */
@Component
public class ReadYourWrites {

    /**
     * Flash attribute set on the redirect after a change the read side did not show within the wait: the next page
     * may then find nothing yet (a case just opened), and says so instead of "Page not found".
     */
    public static final String NOT_SHOWN_YET = "changeNotShownYet";

    private final QueryApi query;
    private final Duration patience;

    ReadYourWrites(QueryApi query, ServicesProperties services) {
        this.query = query;
        this.patience = services.readYourWritesWait();
    }

    /** @return true when query-service shows the change (or a later one) within the wait */
    public boolean awaitShown(String caseId, CommandApi.Change change) {
        if (change.sequence() == null) {
            return false;
        }
        long deadline = System.nanoTime() + patience.toNanos();
        long pause = 20;
        while (true) {
            if (query.appliedSequence(caseId).filter(applied -> applied >= change.sequence()).isPresent()) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pause = Math.min(pause * 2, 200);
        }
    }
}
