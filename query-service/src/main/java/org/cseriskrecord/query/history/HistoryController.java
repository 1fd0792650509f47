package org.cseriskrecord.query.history;

import org.cseriskrecord.query.web.UnknownCaseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/cases/{caseId}/history}: every event of the case, oldest first. Who may: the access matrix. */
@RestController
class HistoryController {

    private final CaseHistoryReader reader;

    HistoryController(CaseHistoryReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/cases/{caseId}/history")
    List<HistoryEntry> history(@PathVariable String caseId) {
        var entries = reader.history(caseId);
        if (entries.isEmpty()) {
            throw new UnknownCaseException();
        }
        return entries;
    }
}
