package org.cseriskrecord.query.changes;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/assessments/{assessmentId}/changes}: practitioners, managers and auditors, like the case status. */
@RestController
@PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER', 'AUDITOR')")
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
