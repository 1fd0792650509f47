package org.cseriskrecord.query.casestatus;

import org.cseriskrecord.query.consumption.CaseProgressStore;
import org.cseriskrecord.query.records.CaseRecords;
import org.cseriskrecord.query.web.ErasedCaseException;
import org.cseriskrecord.query.web.UnknownCaseException;
import org.cseriskrecord.support.web.CaseSequence;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/{caseId}}: the case status. Who may call it: the access matrix. The answer's
 * {@link CaseSequence#HEADER} is the case's sequence the status includes at least (read before the status, so the
 * status is never older than it).
 */
@RestController
class CaseStatusController {

    private final CaseStatusReader reader;
    private final CaseProgressStore progress;
    private final CaseRecords records;

    CaseStatusController(CaseStatusReader reader, CaseProgressStore progress, CaseRecords records) {
        this.reader = reader;
        this.progress = progress;
        this.records = records;
    }

    /** 410 once the child's personal data was erased: the case is still counted, but no longer shown. */
    @GetMapping("/api/cases/{caseId}")
    ResponseEntity<CaseStatusView> caseStatus(@PathVariable String caseId) {
        if (records.erased(caseId)) {
            throw new ErasedCaseException();
        }
        var sequence = progress.lastApplied(caseId);
        var status = reader.find(caseId).orElseThrow(UnknownCaseException::new);
        var answer = ResponseEntity.ok();
        sequence.ifPresent(s -> answer.header(CaseSequence.HEADER, Long.toString(s)));
        return answer.body(status);
    }
}
