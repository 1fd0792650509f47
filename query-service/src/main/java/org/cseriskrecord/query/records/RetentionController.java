package org.cseriskrecord.query.records;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/retention/due}: the cases the last daily review found due for a retention decision (ADMIN only).
 * Ids, areas and dates only: the administrator decides on records, not on children.
 */
@RestController
class RetentionController {
    private final RetentionReview review;

    RetentionController(RetentionReview review) {
        this.review = review;
    }

    @GetMapping("/api/retention/due")
    RetentionDue due() {
        return review.due();
    }
}
