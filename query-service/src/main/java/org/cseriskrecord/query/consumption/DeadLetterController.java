package org.cseriskrecord.query.consumption;

import org.cseriskrecord.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The dead letters ({@code GET /api/admin/dead-letters}) and re-driving one once its cause is fixed
 * ({@code POST /api/admin/dead-letters/{deadLetterId}/redrive}). Administrators only (the access matrix): ids,
 * types and reasons, never an event's payload.
 */
@RestController
class DeadLetterController {

    private final DeadLetterStore deadLetters;
    private final EventDispatcher dispatcher;

    DeadLetterController(DeadLetterStore deadLetters, EventDispatcher dispatcher) {
        this.deadLetters = deadLetters;
        this.dispatcher = dispatcher;
    }

    @GetMapping("/api/admin/dead-letters")
    List<DeadLetterStore.DeadLetter> deadLetters() {
        return deadLetters.all();
    }

    @PostMapping("/api/admin/dead-letters/{deadLetterId}/redrive")
    ResponseEntity<?> redrive(@PathVariable long deadLetterId) {
        var outcome = dispatcher.redrive(deadLetterId);
        return switch (outcome.result()) {
            case APPLIED -> ResponseEntity.ok(Map.of("deadLetterId", deadLetterId, "result", "APPLIED",
                    "heldEventsApplied", outcome.heldEventsApplied()));
            case UNKNOWN -> Problems.response(Problems.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                    "There is no dead letter " + deadLetterId + "; GET /api/admin/dead-letters lists them."));
            case ALREADY_RESOLVED -> Problems.response(Problems.problem(HttpStatus.CONFLICT, "already-resolved",
                    "Already re-driven", "Dead letter " + deadLetterId + " has been applied already; nothing was "
                            + "done."));
            case PREDECESSOR_MISSING -> Problems.response(Problems.problem(HttpStatus.CONFLICT,
                    "predecessor-missing", "Waiting for an earlier event", "The event before dead letter "
                            + deadLetterId + " has not been applied yet; it is re-driven when that event arrives "
                            + "or by calling this again then."));
            case FAILED_AGAIN -> Problems.response(Problems.problem(HttpStatus.CONFLICT, "still-failing",
                    "Still cannot be applied", "Dead letter " + deadLetterId + " could still not be applied, so "
                            + "nothing changed and it stays, with its case's later events held behind it. Reason: "
                            + outcome.reason()));
        };
    }
}
