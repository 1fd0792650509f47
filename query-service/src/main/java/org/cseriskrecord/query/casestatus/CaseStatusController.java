package org.cseriskrecord.query.casestatus;

import org.cseriskrecord.query.records.CaseRecords;
import org.cseriskrecord.query.web.ErasedCaseException;
import org.cseriskrecord.query.web.UnknownCaseException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{caseId}}: the case status. Practitioners, managers and auditors. */
@RestController
@PreAuthorize("hasAnyRole('PRACTITIONER', 'MANAGER', 'AUDITOR')")
class CaseStatusController {

    private final CaseStatusReader reader;
    private final CaseRecords records;

    CaseStatusController(CaseStatusReader reader, CaseRecords records) {
        this.reader = reader;
        this.records = records;
    }

    /** 410 once the child's personal data was erased: the case is still counted, but no longer shown. */
    @GetMapping("/api/cases/{caseId}")
    CaseStatusView caseStatus(@PathVariable String caseId) {
        if (records.erased(caseId)) {
            throw new ErasedCaseException();
        }
        return reader.find(caseId).orElseThrow(UnknownCaseException::new);
    }
}
