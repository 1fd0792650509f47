package org.cseriskrecord.query.changes;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/assessments/{assessmentId}/changes}: who may read it, as for the case status: the access matrix. */
@RestController
class AssessmentChangesController {

    private final AssessmentChangesReader reader;

    AssessmentChangesController(AssessmentChangesReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/assessments/{assessmentId}/changes")
    AssessmentChanges changes(@PathVariable String assessmentId) {
        return reader.changes(assessmentId);
    }
}
