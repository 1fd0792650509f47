package org.cseriskrecord.query.casestatus;

import org.cseriskrecord.query.web.UnknownCaseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{caseId}}: the case status. Who may call it: the access matrix. */
@RestController
class CaseStatusController {

    private final CaseStatusReader reader;

    CaseStatusController(CaseStatusReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/cases/{caseId}")
    CaseStatusView caseStatus(@PathVariable String caseId) {
        return reader.find(caseId).orElseThrow(UnknownCaseException::new);
    }
}
